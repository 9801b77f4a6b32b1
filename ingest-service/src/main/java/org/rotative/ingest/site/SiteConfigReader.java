package org.rotative.ingest.site;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rotative.ingest.frontmatter.FrontMatterException;
import org.rotative.ingest.frontmatter.JekyllYaml;

/** Reads the parts of a Jekyll {@code _config.yml} that decide which documents exist and where they are served. */
public final class SiteConfigReader {

    private SiteConfigReader() {
    }

    /**
     * @param yaml the text of {@code _config.yml}
     * @throws FrontMatterException when it is not valid YAML or a value has the wrong shape
     */
    public static SiteConfig read(String yaml) {
        Object loaded = new JekyllYaml(ZoneOffset.UTC).load(yaml, 1);
        if (loaded == null) {
            return new SiteConfig(SiteConfig.empty().collections(), List.of(), null, ZoneId.systemDefault(), yaml);
        }
        if (!(loaded instanceof Map<?, ?> config)) {
            throw new FrontMatterException("_config.yml must be a mapping of settings", 1, 1,
                    "write it as 'key: value' lines");
        }
        ZoneId zone = ZoneId.systemDefault();
        if (config.get("timezone") != null) {
            try {
                zone = ZoneId.of(String.valueOf(config.get("timezone")));
            } catch (DateTimeException e) {
                throw new FrontMatterException("_config.yml: unknown timezone '" + config.get("timezone") + "'", 0,
                        0, "use an IANA zone name such as Europe/Paris");
            }
        }
        return new SiteConfig(collections(config.get("collections")), defaults(config.get("defaults")),
                JekyllDocument.permalinkPattern(config.get("permalink") == null ? null
                        : String.valueOf(config.get("permalink"))),
                zone, yaml);
    }

    private static Map<String, CollectionConfig> collections(Object value) {
        Map<String, CollectionConfig> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, meta) -> {
                Map<?, ?> m = meta instanceof Map<?, ?> mm ? mm : Map.of();
                out.put(String.valueOf(name), new CollectionConfig(String.valueOf(name),
                        Boolean.TRUE.equals(m.get("output")),
                        m.get("permalink") == null ? null : String.valueOf(m.get("permalink"))));
            });
        } else if (value instanceof List<?> names) {
            names.forEach(name -> out.put(String.valueOf(name),
                    new CollectionConfig(String.valueOf(name), false, null)));
        }
        // Jekyll always has posts, written out, whatever the configuration says of its output.
        CollectionConfig posts = out.get(SiteConfig.POSTS);
        out.put(SiteConfig.POSTS, new CollectionConfig(SiteConfig.POSTS, true,
                posts == null ? null : posts.permalink()));
        return out;
    }

    private static List<FrontMatterDefault> defaults(Object value) {
        List<FrontMatterDefault> out = new ArrayList<>();
        if (!(value instanceof List<?> list)) {
            return out;
        }
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> d) || !(d.get("values") instanceof Map<?, ?> values)) {
                continue;
            }
            Map<?, ?> scope = d.get("scope") instanceof Map<?, ?> s ? s : Map.of();
            Map<String, Object> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(String.valueOf(k), v));
            String path = scope.get("path") == null ? "" : String.valueOf(scope.get("path"));
            Object type = scope.get("type");
            out.add(new FrontMatterDefault(path, type == null ? null : String.valueOf(type), copy));
        }
        return out;
    }
}
