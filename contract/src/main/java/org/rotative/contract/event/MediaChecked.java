package org.rotative.contract.event;

import java.util.List;

/**
 * The media service looked up every {@code /uploads/…} image an article revision references. Schema:
 * {@code schemas/media-checked-v1.json}.
 *
 * @param articleId  the article, also the record key
 * @param revision   the revision that was checked
 * @param sequence   the sequence of the {@link ArticleParsed} that was checked (see {@link ArticleRendered#sequence()});
 *                   0 in events from before it existed
 * @param images     every referenced upload path, as written in the article (e.g. {@code /uploads/photo.jpg})
 * @param missing    those the media service cannot serve
 * @param dimensions the size of each image it could read, in the order of {@code images}; absent (null) in events
 *                   of media services older than this field
 */
public record MediaChecked(String articleId, String revision, long sequence, List<String> images, List<String> missing,
        List<ImageDimensions> dimensions) {

    /**
     * How large an image is displayed, for {@code width} and {@code height} attributes.
     *
     * @param path   the upload path as written in the article
     * @param width  pixels, as displayed (Exif orientation applied)
     * @param height pixels, as displayed
     */
    public record ImageDimensions(String path, int width, int height) {
    }
}
