package org.rotative.render.image;

/**
 * Where the media service answers, which serves the site's {@code /uploads/…} under the same paths.
 *
 * @param baseUrl its base URL; trailing slashes are dropped so that paths can be appended
 */
public record MediaService(String baseUrl) {

    public MediaService {
        baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The media service URL for a path such as {@code /uploads/photo.jpg?w=800}, encoded as in a URL. */
    public String url(String path) {
        return baseUrl + path;
    }
}
