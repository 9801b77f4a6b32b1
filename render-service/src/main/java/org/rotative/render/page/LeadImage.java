package org.rotative.render.page;

import io.quarkus.qute.RawString;

/**
 * One image of the front matter's {@code une-ou-diaporama}: the lead image, or one slide of several.
 *
 * @param img     the {@code <img>} element, pointing at the media service's variants (srcset, width, height)
 * @param caption its {@code legende}, or null
 */
public record LeadImage(RawString img, String caption) {
}
