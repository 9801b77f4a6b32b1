package org.rotative.ingest.site;

import java.util.Comparator;
import java.util.Map;

/**
 * One entry of {@code defaults:} in {@code _config.yml}.
 *
 * @param path   scope path, relative to the site root ({@code ""} = everywhere)
 * @param type   scope type: a collection name, or null for any
 * @param values front matter values it supplies
 */
public record FrontMatterDefault(String path, String type, Map<String, Object> values) {

    static final Comparator<FrontMatterDefault> BY_SPECIFICITY = Comparator
            .comparingInt((FrontMatterDefault d) -> d.path().length())
            .thenComparing(d -> d.type() != null);

    boolean appliesTo(String relativePath, String collection) {
        boolean pathMatches = path.isEmpty() || relativePath.equals(path) || relativePath.startsWith(
                path.endsWith("/") ? path : path + "/");
        return pathMatches && (type == null || type.equals(collection));
    }
}
