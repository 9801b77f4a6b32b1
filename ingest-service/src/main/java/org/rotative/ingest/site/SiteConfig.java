package org.rotative.ingest.site;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What ingest needs of a site's {@code _config.yml}: its collections, front matter defaults, permalink style and
 * time zone. Built by {@link SiteConfigReader}.
 *
 * @param collections by name; always contains {@code posts}, as Jekyll adds it
 * @param defaults    front matter defaults, in file order (later ones win)
 * @param permalink   the site's {@code permalink} pattern (style names already expanded), or null
 * @param timezone    the site's {@code timezone}, else the machine's
 * @param source      the YAML text it was read from, kept so single-article uploads use the same config
 */
public record SiteConfig(Map<String, CollectionConfig> collections, List<FrontMatterDefault> defaults,
        String permalink, ZoneId timezone, String source) {

    public static final String POSTS = "posts";

    /** A site with no {@code _config.yml}: only posts, Jekyll's defaults. */
    public static SiteConfig empty() {
        Map<String, CollectionConfig> collections = new LinkedHashMap<>();
        collections.put(POSTS, new CollectionConfig(POSTS, true, null));
        return new SiteConfig(collections, List.of(), null, ZoneId.systemDefault(), "");
    }

    public Optional<CollectionConfig> collection(String name) {
        return Optional.ofNullable(collections.get(name));
    }

    /**
     * The front matter defaults that apply to a document, merged in order, as Jekyll's {@code FrontmatterDefaults}
     * does: a scope matches when its {@code path} is a prefix of the document's path and its {@code type} (if any)
     * is the collection.
     */
    public Map<String, Object> defaultsFor(String relativePath, String collection) {
        Map<String, Object> merged = new LinkedHashMap<>();
        List<FrontMatterDefault> matching = new ArrayList<>();
        for (FrontMatterDefault d : defaults) {
            if (d.appliesTo(relativePath, collection)) {
                matching.add(d);
            }
        }
        // Jekyll applies the less specific scopes first: a longer path, then a type, wins.
        matching.sort(FrontMatterDefault.BY_SPECIFICITY);
        for (FrontMatterDefault d : matching) {
            merged = deepMerge(merged, d.values());
        }
        return merged;
    }

    /**
     * Jekyll's {@code Utils.deep_merge_hashes}: {@code over} wins, except that two maps under the same key are merged
     * in turn (lists are replaced, not concatenated).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        over.forEach((key, value) -> {
            Object current = merged.get(key);
            if (current instanceof Map<?, ?> a && value instanceof Map<?, ?> b) {
                merged.put(key, deepMerge((Map<String, Object>) a, (Map<String, Object>) b));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }
}
