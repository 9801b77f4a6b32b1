package org.rotative.render.image;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.rotative.render.RenderConfig;

/**
 * Points Markdown images of the site's {@code /uploads/} folder at the media service, which resizes them: {@code src}
 * is one variant, {@code srcset} offers the whole width ladder so that phones do not download desktop-sized photos.
 * Other images (external URLs, relative paths) and raw HTML {@code <img>} are left as written.
 */
public final class UploadImageAttributeProvider implements AttributeProvider {

    /** Where Jekyll sites keep their uploaded media; the media service serves the same paths. */
    public static final String UPLOADS = "/uploads/";

    private final MediaService media;
    private final List<Integer> widths;
    private final int width;
    private final String sizes;
    private final ImageSizes intrinsic;

    /**
     * @param media     the media service
     * @param widths    widths offered in {@code srcset}
     * @param width     width of the variant in {@code src}
     * @param sizes     the {@code sizes} attribute
     * @param intrinsic the uploads' own sizes, for {@code width} and {@code height}
     */
    public UploadImageAttributeProvider(MediaService media, List<Integer> widths, int width, String sizes,
            ImageSizes intrinsic) {
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("at least one image width is needed for srcset");
        }
        this.media = media;
        this.widths = List.copyOf(widths);
        this.width = width;
        this.sizes = sizes;
        this.intrinsic = intrinsic;
    }

    public static UploadImageAttributeProvider from(RenderConfig config) {
        return new UploadImageAttributeProvider(new MediaService(config.mediaBaseUrl()), config.imageWidths(),
                config.imageWidth(), config.imageSizes(),
                config.mediaApiUrl().<ImageSizes>map(MediaImageSizes::new).orElse(ImageSizes.UNKNOWN));
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        String src = attributes.get("src");
        if (!(node instanceof Image) || !"img".equals(tagName) || src == null || !src.startsWith(UPLOADS)) {
            return;
        }
        attributes.put("src", variant(src, width));
        attributes.put("srcset", widths.stream().map(w -> variant(src, w) + " " + w + "w")
                .collect(Collectors.joining(", ")));
        attributes.put("sizes", sizes);
        attributes.put("loading", "lazy");
        // The image's own size: browsers reserve its box (scaled by CSS) before it loads, so the text does not jump.
        intrinsic.of(src).ifPresent(size -> {
            attributes.put("width", Integer.toString(size.width()));
            attributes.put("height", Integer.toString(size.height()));
        });
    }

    /** The URL of one width of an upload; spaces are encoded because they separate candidates in srcset. */
    private String variant(String path, int w) {
        return media.url(path.replace(" ", "%20") + (path.indexOf('?') < 0 ? "?" : "&") + "w=" + w);
    }
}
