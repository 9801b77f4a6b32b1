package org.rotative.media;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.rotative.media.resize.ImageResizer;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** {@link MediaConfig} outside Quarkus, for unit tests: its documented defaults, some keys overridden. */
public final class TestConfig {

    /**
     * @param overrides key, value, key, value… ({@code "rotative.media.resize-timeout", "1ms"})
     */
    public static MediaConfig media(String... overrides) {
        Map<String, String> values = new HashMap<>();
        values.put("rotative.media.root", Shared.UPLOADS.toString());
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addSystemSources()
                // Quarkus' own converters, as in the service: "20s", "128M".
                .withConverter(Duration.class, 100, new DurationConverter())
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withMapping(MediaConfig.class)
                .withSources(new PropertiesConfigSource(values, "test overrides", 500))
                .build();
        return config.getConfigMapping(MediaConfig.class);
    }

    /** As {@link #media}, with {@code rotative.media.resizer} set ({@code auto}, {@code java}…). */
    public static MediaConfig resizer(String resizer, String... overrides) {
        String[] all = Arrays.copyOf(overrides, overrides.length + 2);
        all[overrides.length] = "rotative.media.resizer";
        all[overrides.length + 1] = resizer;
        return media(all);
    }

    /**
     * The resizers worth testing here: {@code auto}, and {@code java} as well when {@code auto} picks libvips (Java
     * 22+ with libvips42), so that both engines are tested on such a JVM.
     */
    public static Stream<String> resizers() {
        boolean vips = new ImageResizer(media()).engine().startsWith("libvips");
        return vips ? Stream.of("auto", "java") : Stream.of("auto");
    }

    private TestConfig() {
    }
}
