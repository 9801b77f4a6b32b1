package org.rotative.media.signing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class UrlSignerTest {

    @Test
    void requiredWithoutKeysRefusesToStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new UrlSigner(true, List.of()));
        assertTrue(e.getMessage().contains("ROTATIVE_MEDIA_SIGNING_KEYS"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new UrlSigner(true, List.of(" ", "")));
    }

    @Test
    void offOnlyWhenNotRequiredAndNoKeys() {
        assertFalse(new UrlSigner(false, List.of()).enabled());
        assertTrue(new UrlSigner(false, List.of("k")).enabled(), "keys given anyway are used");
        assertTrue(assertDoesNotThrow(() -> new UrlSigner(true, List.of("k"))).enabled());
    }

    @Test
    void signaturesAreUnpaddedBase64UrlOfTheHmac() {
        // printf '%s' '/uploads/storm.jpg?w=300' | openssl dgst -sha256 -hmac key -binary | basenc --base64url
        assertEquals("8Plk18p28571mOwbLI29FA0PqVcIpNtUIQ-0Rq6DuKA", UrlSigner.sign("key", "/uploads/storm.jpg?w=300"));
    }
}
