package org.rotative.render.image;

import java.util.Optional;

/** The intrinsic size of an upload, for {@code width} and {@code height} attributes: no layout shift while it loads. */
@FunctionalInterface
public interface ImageSizes {

    /** When no size is known: images get no width and height. */
    ImageSizes UNKNOWN = path -> Optional.empty();

    /** Width and height in pixels, as displayed (orientation applied). */
    record ImageSize(int width, int height) {
    }

    /**
     * @param uploadPath a path such as {@code /uploads/photo.jpg}, decoded
     * @return its size, or empty when the image is missing or its size cannot be known now
     */
    Optional<ImageSize> of(String uploadPath);
}
