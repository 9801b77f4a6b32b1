package org.rotative.media.metadata;

/**
 * What {@code GET /api/images/{path}} answers about an upload.
 *
 * @param path   the upload's URL path, {@code /uploads/…}
 * @param width  pixels, as displayed (Exif orientation applied)
 * @param height pixels, as displayed
 * @param bytes  size of the stored file
 * @param sha256 lowercase hex SHA-256 of the stored file: its first hex digits pin a URL ({@code ?v=})
 * @param format {@code jpeg}, {@code png}, {@code gif}, {@code webp}…
 */
public record ImageMetadata(String path, int width, int height, long bytes, String sha256, String format) {

    static ImageMetadata of(ImageRecord record) {
        return new ImageMetadata("/uploads/" + record.path, record.width, record.height, record.bytes,
                record.sha256, record.format);
    }
}
