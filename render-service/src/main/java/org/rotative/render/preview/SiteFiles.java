package org.rotative.render.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.rotative.render.liquid.LiquidContext;

/**
 * A Jekyll site on disk as its bodies' Liquid sees it offline, like the oracle's empty site: {@code site.*} from its
 * {@code _config.yml}, includes from the {@code _includes/} folder beside it, no documents to link to.
 *
 * @param config the parsed {@code _config.yml}, empty without one
 * @param source the site folder (the configuration's), or null without one
 */
public record SiteFiles(Map<String, Object> config, Path source) {

    static final String INCLUDES = "_includes";

    /** A site without configuration: Jekyll's defaults, no includes. */
    public static final SiteFiles NONE = new SiteFiles(Map.of(), null);

    /**
     * The site of a {@code _config.yml}.
     *
     * @throws FrontMatter.InvalidFrontMatterException when it is not a YAML mapping
     */
    public static SiteFiles read(Path config) throws IOException {
        return new SiteFiles(FrontMatter.mapping(Files.readString(config, StandardCharsets.UTF_8), 1),
                config.toAbsolutePath().getParent());
    }

    /** What the Liquid of an article with this front matter sees. */
    public LiquidContext context(Map<String, Object> frontMatter) {
        return new LiquidContext(config, frontMatter, this::include, LiquidContext.NO_LINKS);
    }

    private Optional<String> include(String name) {
        if (source == null) {
            return Optional.empty();
        }
        Path file = source.resolve(INCLUDES).resolve(name).normalize();
        if (!file.startsWith(source.resolve(INCLUDES)) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
