package org.rotative.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.logging.Logger;
import org.rotative.ingest.ErrorResponse;
import org.rotative.ingest.IngestConfig;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Authenticates write requests: header {@value #HEADER} = {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} over
 * {@code "<t>.<body>"} with one of the shared keys (several, for rotation). The timestamp must be within the
 * configured window, so a captured request cannot be replayed later. Without keys, writes are open: fine on a
 * laptop, announced at start-up, refused by the production deployment, which always sets keys.
 */
@ApplicationScoped
public class RequestSignatures {

    public static final String HEADER = "X-Rotative-Signature";
    private static final Logger LOG = Logger.getLogger(RequestSignatures.class);
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    IngestConfig config;

    void announce(@Observes StartupEvent event) {
        if (keys().isEmpty()) {
            LOG.warn("write endpoints are open: no rotative.ingest.api-keys configured (ROTATIVE_INGEST_API_KEYS)");
        } else {
            LOG.infof("write endpoints require an %s header signed with one of %d keys", HEADER, keys().size());
        }
    }

    /** Whether writes need a signature. */
    public boolean required() {
        return !keys().isEmpty();
    }

    /**
     * @throws WebApplicationException 401 with a JSON reason when keys are configured and the signature is missing,
     *                                 stale or wrong
     */
    public void verify(String header, byte[] body) {
        if (!required()) {
            return;
        }
        if (header == null || header.isBlank()) {
            throw refused("missing " + HEADER + " header: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">");
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null || !t.matches("\\d{1,12}")) {
            throw refused(HEADER + " must be t=<unix seconds>,v1=<hex signature>");
        }
        long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t));
        if (age > config.signatureWindow().toSeconds()) {
            throw refused("signature timestamp is " + age + " s away from now; the window is "
                    + config.signatureWindow().toSeconds() + " s (check the client's clock)");
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(v1);
        } catch (IllegalArgumentException e) {
            throw refused("v1 is not hexadecimal");
        }
        for (String key : keys()) {
            // Constant-time comparison: the time taken tells nothing about how much of the signature matched.
            if (MessageDigest.isEqual(sign(key, t, body), given)) {
                return;
            }
        }
        throw refused("signature does not match the body with any configured key");
    }

    /** The signature of a body at a time with a key: what clients compute. */
    public static byte[] sign(String key, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private List<String> keys() {
        return config.apiKeys().orElse(List.of()).stream().filter(k -> !k.isBlank()).toList();
    }

    private static WebApplicationException refused(String detail) {
        return new WebApplicationException(Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON).entity(new ErrorResponse("unauthorized", detail)).build());
    }
}
