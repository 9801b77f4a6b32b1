package org.rotative.media.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.logging.Logger;
import org.rotative.media.MediaConfig;
import org.rotative.media.variant.VariantRequest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Signatures of variant URLs that are not presets, so that nobody can make the service compute (and cache) any
 * number of sizes of every image. {@code s} is the unpadded base64url of the HMAC-SHA256, with one of the keys, of
 * {@link VariantRequest#canonical the canonical URL}: {@code /uploads/<decoded path>?<params but s, sorted by name>},
 * UTF-8. Several keys are accepted at once, for rotation. In a shell:
 *
 * <pre>
 * printf '%s' '/uploads/storm.jpg?fit=cover&amp;h=200&amp;w=300' | openssl dgst -sha256 -hmac "$KEY" -binary \
 *   | basenc --base64url | tr -d '=\n'
 * </pre>
 */
@Singleton
public class UrlSigner {

    private static final Logger LOG = Logger.getLogger(UrlSigner.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final List<String> keys;
    private final boolean required;

    @Inject
    public UrlSigner(MediaConfig config) {
        this(config.signing().required(), config.signing().keys().orElse(List.of()));
    }

    /**
     * @throws IllegalStateException when keys are required and there is none: the service must not start open
     */
    public UrlSigner(boolean required, List<String> keys) {
        this.keys = keys.stream().filter(k -> !k.isBlank()).toList();
        this.required = required;
        if (required && this.keys.isEmpty()) {
            throw new IllegalStateException("rotative.media.signing.required is true but no signing key is "
                    + "configured: set ROTATIVE_MEDIA_SIGNING_KEYS (comma-separated, for rotation), or "
                    + "ROTATIVE_MEDIA_SIGNING_REQUIRED=false to serve every variant unsigned (local runs only)");
        }
    }

    void announce(@Observes StartupEvent event) {
        if (enabled()) {
            LOG.infof("URL signing is ON: variants other than presets need s=, signed with one of %d keys",
                    keys.size());
        } else {
            LOG.warnf("URL signing is OFF (rotative.media.signing.required=%s, no keys): any variant URL is served "
                    + "unsigned; never run a public service this way", required);
        }
    }

    /** Whether non-preset variants need a signature: exactly when keys are configured. */
    public boolean enabled() {
        return !keys.isEmpty();
    }

    /**
     * @throws InvalidSignatureException when signing is on, the request needs a signature and has no valid one
     */
    public void verify(String key, VariantRequest request) {
        if (!enabled() || !request.needsSignature()) {
            return;
        }
        String canonical = request.canonical(key);
        String given = request.signature().orElseThrow(() -> new InvalidSignatureException("missing signature",
                "this variant is no preset: it needs s=<base64url HMAC-SHA256 of \"" + canonical + "\">"));
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(given);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException("invalid signature", "s is not base64url: " + e.getMessage());
        }
        for (String k : keys) {
            // Constant-time comparison: the time taken tells nothing about how much of the signature matched.
            if (MessageDigest.isEqual(hmac(k, canonical), signature)) {
                return;
            }
        }
        throw new InvalidSignatureException("invalid signature",
                "s does not match \"" + canonical + "\" with any configured key");
    }

    /** The {@code s} of a canonical URL with a key: what URL builders compute. */
    public static String sign(String key, String canonical) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, canonical));
    }

    private static byte[] hmac(String key, String canonical) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
