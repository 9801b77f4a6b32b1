package org.rotative.ingest.article;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rotative.ingest.site.SiteConfig;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes arrive, reading them either gives an article or refuses the file with a line and a hint: no other
 * exception, no hang. {@code JAZZER_FUZZ=1 ./mvnw test -pl ingest-service -Dtest=ArticleReaderFuzzTest} fuzzes for
 * real (coverage-guided); a plain test run replays the inputs saved under {@code src/test/resources}.
 */
class ArticleReaderFuzzTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    /** Far above any real article's reading time (a few ms): only a hang or a blow-up reaches it. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final ArticleReader READER = new ArticleReader(SiteConfig.empty(), 1 << 20);

    @FuzzTest(maxDuration = "60s")
    void anyBytesAreReadOrRefusedWithALineAndAHint(byte[] content) {
        readOrRefuse(content);
    }

    static Stream<Arguments> pathological() {
        String laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
        return Stream.of(
                Arguments.of("billion laughs", "---\n" + laughs + "---\nbody\n"),
                Arguments.of("10,000 nested flow lists", "---\ntitle: " + "[".repeat(10_000) + "\n---\n"),
                Arguments.of("10,000 nested block maps", "---\n" + nestedMaps(10_000) + "---\n"),
                Arguments.of("100,000 [ in the body", "---\ntitle: t\n---\n" + "[".repeat(100_000)),
                Arguments.of("100,000 * in the title", "---\ntitle: \"" + "*".repeat(100_000) + "\"\n---\n"),
                Arguments.of("front matter never closed, 100,000 lines", "---\n" + "a: b\n".repeat(100_000)),
                Arguments.of("100,000 keys", "---\n" + keys(100_000) + "---\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    void pathologicalFilesAreReadOrRefusedInBoundedTime(String name, String content) {
        assertTimeoutPreemptively(BOUND, () -> readOrRefuse(content.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static void readOrRefuse(byte[] content) {
        try {
            READER.read(new ArticleFile("posts", "fuzz.md", content), NOW);
        } catch (ArticleRejectedException e) {
            assertTrue(e.line() >= 0 && e.getMessage() != null && !e.getMessage().isBlank(), e::toString);
            assertTrue(e.hint() != null && !e.hint().isBlank(), () -> "no hint for: " + e.getMessage());
        }
    }

    private static String nestedMaps(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        return yaml.toString();
    }

    private static String keys(int count) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < count; i++) {
            yaml.append("k").append(i).append(": v\n");
        }
        return yaml.toString();
    }
}
