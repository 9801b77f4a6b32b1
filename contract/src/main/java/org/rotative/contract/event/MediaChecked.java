package org.rotative.contract.event;

import java.util.List;

/**
 * The media service looked up every {@code /uploads/…} image an article revision references. Schema:
 * {@code schemas/media-checked-v1.json}.
 *
 * @param articleId the article, also the record key
 * @param revision  the revision that was checked
 * @param images    every referenced upload path, as written in the article (e.g. {@code /uploads/photo.jpg})
 * @param missing   those the media service cannot serve
 */
public record MediaChecked(String articleId, String revision, List<String> images, List<String> missing) {
}
