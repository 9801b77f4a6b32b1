package org.rotative.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rotative.ingest.site.SiteConfig;

/** Every hostile file of {@code src/test/resources/hostile} is refused with its file, line and reason. */
class HostileFilesTest {

    static Stream<Arguments> hostileFiles() throws IOException {
        List<String> lines;
        try (InputStream in = resource("EXPECTED.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        return lines.stream().map(l -> l.split("\t")).map(f -> Arguments.of(f[0], Integer.parseInt(f[1]), f[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void isRefusedWithItsLineAndReason(String file, int line, String message) throws IOException {
        byte[] content;
        try (InputStream in = resource(file)) {
            content = in.readAllBytes();
        }
        ArticleReader reader = new ArticleReader(SiteConfig.empty(), 1 << 20);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> reader.read(new ArticleFile("posts", file, content), Instant.now()));
        assertEquals("_posts/" + file, e.sourcePath());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        if (line > 0) {
            assertEquals(line, e.line(), e.getMessage());
        }
        assertTrue(e.hint() != null && !e.hint().isBlank(), "every refusal says how to fix it");
    }

    private static InputStream resource(String name) {
        return HostileFilesTest.class.getClassLoader().getResourceAsStream("hostile/" + name);
    }
}
