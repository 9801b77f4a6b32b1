package org.rotative.media.variant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rotative.media.MediaConfig;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The named variants ({@code rotative.media.presets}): a closed set of sizes anyone may ask for without a signature,
 * so that pages can link to them and caches hold a bounded number of variants per image.
 */
@Singleton
public class Presets {

    private static final Pattern DEFINITION = Pattern.compile(
            "([a-z0-9][a-z0-9_-]*)=(\\d+)?(?:x(\\d+))?(?::([a-z]+))?");

    private final Map<String, VariantSpec> byName;

    @Inject
    public Presets(MediaConfig config) {
        this(config.presets(), config.maxWidth());
    }

    /**
     * @param definitions {@code name=W}, {@code name=WxH} or {@code name=WxH:fit}
     * @throws IllegalArgumentException naming the definition that is wrong, at start-up
     */
    public Presets(List<String> definitions, int maxDimension) {
        Map<String, VariantSpec> presets = new LinkedHashMap<>();
        for (String definition : definitions) {
            Matcher m = DEFINITION.matcher(definition.trim());
            Optional<Fit> fit = m.matches() ? Optional.ofNullable(m.group(4)).map(Fit::of)
                    .orElse(Optional.of(Fit.INSIDE)) : Optional.empty();
            int width = m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
            int height = m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
            if (fit.isEmpty() || width > maxDimension || height > maxDimension || (width == 0 && height == 0)) {
                throw new IllegalArgumentException("rotative.media.presets: '" + definition + "' is not name=W, "
                        + "name=WxH or name=WxH:fit (fit cover, contain or inside) with sides from 1 to "
                        + maxDimension);
            }
            if (presets.put(m.group(1), new VariantSpec(width, height, fit.get(), null, 0)) != null) {
                throw new IllegalArgumentException("rotative.media.presets: '" + m.group(1) + "' is defined twice");
            }
        }
        this.byName = Collections.unmodifiableMap(presets);
    }

    /** The preset of this name, in the source's format family. */
    public Optional<VariantSpec> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The name of the preset that is exactly this width alone ({@code w800} for 800), if there is one. */
    public Optional<String> ofWidth(int width) {
        String name = "w" + width;
        return named(name).filter(spec -> spec.equals(VariantSpec.width(width))).map(p -> name);
    }

    /** Every preset by name, in the configured order. */
    public Map<String, VariantSpec> all() {
        return byName;
    }
}
