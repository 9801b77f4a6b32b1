package org.rotative.render.page;

import java.net.URI;
import java.net.URISyntaxException;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A page in the site index: its title and where it is served.
 *
 * @param title     the page title
 * @param permalink its decoded path
 */
@RegisterForReflection
public record PageLink(String title, String permalink) {

    /** The permalink as an ASCII URI path, for {@code href}. */
    public String href() {
        return asciiPath(permalink).toString();
    }

    /** A decoded path as an ASCII URI: non-ASCII letters, spaces, {@code %}, {@code ?} and {@code #} are encoded. */
    public static URI asciiPath(String path) {
        try {
            return URI.create(new URI(null, null, path, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
