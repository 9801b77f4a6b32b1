package org.rotative.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the end-to-end tests need to talk to the services and prepare their database. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** GET a decoded path: the multi-argument URI constructor percent-encodes é, spaces, apostrophes… */
    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException,
            URISyntaxException {
        URI uri = new URI("http", null, "127.0.0.1", port, path, null, null);
        return CLIENT.send(HttpRequest.newBuilder(URI.create(uri.toASCIIString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode getJson(int port, String path) throws IOException, InterruptedException, URISyntaxException {
        return JSON.readTree(get(port, path).body());
    }

    /** POST JSON and expect 200. */
    static JsonNode post(URI uri, Object body) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), uri + " answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /**
     * Drops and recreates a database on the test database's server, so that a test starts empty.
     *
     * @return its JDBC URL
     */
    static String freshDatabase(String name) throws SQLException {
        String testDbUrl = System.getProperty("quarkus.datasource.jdbc.url");
        String server = testDbUrl.substring(0, testDbUrl.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(server + "postgres", user(), password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        return server + name;
    }

    static String user() {
        return System.getProperty("quarkus.datasource.username", "postgres");
    }

    static String password() {
        return System.getProperty("quarkus.datasource.password", "");
    }

    private Http() {
    }
}
