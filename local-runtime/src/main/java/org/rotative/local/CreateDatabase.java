package org.rotative.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the database a JDBC URL names when it does not exist yet, connecting to the server's {@code postgres}
 * database. Usage: {@code CreateDatabase JDBC_URL USER PASSWORD}.
 */
public final class CreateDatabase {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?");

    public static void main(String[] args) throws SQLException {
        if (args.length < 2) {
            System.err.println("usage: CreateDatabase JDBC_URL USER [PASSWORD]");
            System.exit(2);
        }
        ensure(args[0], args[1], args.length > 2 ? args[2] : "");
    }

    static void ensure(String url, String user, String password) throws SQLException {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host:port/database URL with a plain "
                    + "database name: " + url);
        }
        String database = m.group(2);
        String adminUrl = m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                // The name matched [A-Za-z0-9_]+ above, so it is safe to inline.
                create.execute("CREATE DATABASE " + database);
            }
        }
    }

    private CreateDatabase() {
    }
}
