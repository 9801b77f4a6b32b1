package org.rotative.media.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VariantRequestTest {

    private final Presets presets = new Presets(List.of("thumb=160x160:cover", "w800=800", "tall=x900"), 4000);

    private VariantRequest parse(Map<String, String> query) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        query.forEach((k, v) -> multi.put(k, List.of(v)));
        return VariantRequest.parse(multi, presets, 4000);
    }

    @Test
    void theCanonicalUrlSortsTheParametersAndLeavesOutTheSignatureAndUnknownOnes() {
        VariantRequest request = parse(Map.of("w", "300", "h", "200", "fit", "cover", "s", "x", "utm_source", "y"));
        assertEquals("/uploads/a b/é.jpg?fit=cover&h=200&w=300", request.canonical("a b/é.jpg"));
        assertTrue(request.needsSignature());
    }

    @Test
    void presetsAndTheWidthLadderAreOpen() {
        assertFalse(parse(Map.of("preset", "thumb", "fm", "auto", "v", "abc")).needsSignature());
        assertFalse(parse(Map.of("w", "800", "fm", "webp")).needsSignature());
        assertTrue(parse(Map.of("w", "800", "q", "90")).needsSignature());
        assertTrue(parse(Map.of("w", "801")).needsSignature());
        assertFalse(parse(Map.of("v", "abc")).isVariant());
        assertEquals(new VariantSpec(160, 160, Fit.COVER, Format.WEBP, 0),
                parse(Map.of("preset", "thumb", "fm", "webp")).spec(null));
        assertEquals(new VariantSpec(0, 900, Fit.INSIDE, null, 0), parse(Map.of("preset", "tall")).spec(null));
    }

    @Test
    void autoFormatReadsAccept() {
        VariantRequest auto = parse(Map.of("preset", "thumb", "fm", "auto"));
        assertTrue(auto.negotiated());
        assertEquals(Format.WEBP, auto.spec("image/avif,image/webp,image/apng,*/*;q=0.8").format());
        assertEquals(null, auto.spec("image/webp;q=0, */*").format());
        assertEquals(null, auto.spec("*/*").format());
        assertEquals(null, auto.spec(null).format());
    }

    @Test
    void badPresetDefinitionsFailAtStartUp() {
        for (String definition : List.of("thumb", "thumb=0", "thumb=100x100:stretch", "Thumb=100", "big=5000")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Presets(List.of(definition), 4000));
            assertTrue(e.getMessage().contains("rotative.media.presets"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new Presets(List.of("a=1", "a=2"), 4000));
    }
}
