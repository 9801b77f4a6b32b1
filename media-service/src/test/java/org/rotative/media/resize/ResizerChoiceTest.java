package org.rotative.media.resize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.rotative.media.TestConfig;

/** Which engine rotative.media.resizer gives, on this JVM. */
class ResizerChoiceTest {

    private static boolean libvipsCallable() {
        try {
            VipsEngine.load(Encoding.of(TestConfig.media()), 2);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void javaIsPureJavaWhateverTheJvm() {
        assertEquals("pure Java (ImageIO and Java 2D): rotative.media.resizer=java",
                new ImageResizer(TestConfig.resizer("java")).engine());
    }

    @Test
    void autoTakesLibvipsWhenItCanBeCalledAndSaysWhyNotOtherwise() {
        String engine = new ImageResizer(TestConfig.resizer("auto")).engine();
        if (libvipsCallable()) {
            assertTrue(engine.matches("libvips 8\\.\\d+\\.\\d+ via FFM"), engine);
        } else if (Runtime.version().feature() < 22) {
            assertEquals("pure Java (ImageIO and Java 2D): Java " + Runtime.version().feature()
                    + " has no final FFM API (java.lang.foreign needs Java 22 or later)", engine);
        } else {
            assertTrue(engine.startsWith("pure Java (ImageIO and Java 2D): "), engine);
        }
    }

    @Test
    void libvipsRefusesToStartWithoutIt() {
        assumeTrue(!libvipsCallable(), "libvips can be called here");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ImageResizer(TestConfig.resizer("libvips")));
        assertTrue(e.getMessage().startsWith("rotative.media.resizer=libvips, but libvips cannot be used: "),
                e.getMessage());
    }

    @Test
    void anUnknownResizerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ImageResizer(TestConfig.resizer("imagemagick")));
    }

    @Test
    void theEnginesVariantsAreCachedApart() {
        assumeTrue(libvipsCallable(), "only one engine here");
        assertNotEquals(new ImageResizer(TestConfig.resizer("java")).settings(),
                new ImageResizer(TestConfig.resizer("libvips")).settings());
    }
}
