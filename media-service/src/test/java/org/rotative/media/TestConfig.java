package org.rotative.media;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

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

    private TestConfig() {
    }
}
