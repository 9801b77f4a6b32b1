package org.rotative.media.variant;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** How an image meets a box of {@code w} × {@code h}, when both are given; never by enlarging the image. */
public enum Fit {
    /** Fills the box, the overflow cropped around the centre. */
    COVER,
    /** Fits inside the box, padded to exactly its size (transparent, or the background colour for JPEG). */
    CONTAIN,
    /** Fits inside the box, keeping its own proportions: the box is an upper bound (the default). */
    INSIDE;

    /** The value of {@code fit=} for this fit. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The fit named in a URL, if there is one by that name. */
    public static Optional<Fit> of(String parameter) {
        return Stream.of(values()).filter(f -> f.parameter().equals(parameter)).findFirst();
    }
}
