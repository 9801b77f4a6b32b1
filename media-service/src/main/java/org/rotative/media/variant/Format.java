package org.rotative.media.variant;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The encodings a variant can be written in. */
public enum Format {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The value of {@code fm=} for this format. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named in a URL, if there is one by that name. */
    public static Optional<Format> of(String parameter) {
        return Stream.of(values()).filter(f -> f.parameter().equals(parameter)).findFirst();
    }
}
