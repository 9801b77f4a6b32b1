package org.rotative.media.cache;

import org.rotative.media.variant.Format;

/**
 * An encoded variant as served.
 *
 * @param bytes  the encoded image
 * @param format its encoding
 */
public record Variant(byte[] bytes, Format format) {
}
