package org.rotative.ingest.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Where the front matter ends and the body starts, as Jekyll's {@code YAML_FRONT_MATTER_REGEXP} decides in Ruby; each
 * expected split was printed by Ruby 3.1 matching that expression.
 */
class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser(new JekyllYaml(ZoneOffset.UTC));

    @Test
    void emptyFrontMatter() {
        assertSplit("---\n---\nbody\n", Map.of(), "body\n", 3);
    }

    @Test
    void blankLinesAfterTheOpeningAndClosingDotsAreTheFrontMatters() {
        assertSplit("---  \n\n\ntitle: t\n...\nbody\n", Map.of("title", "t"), "body\n", 6);
    }

    @Test
    void blankLinesAfterTheClosingLineAreNotTheBodys() {
        assertSplit("---\ntitle: t\n---  \n\n\nbody\n", Map.of("title", "t"), "body\n", 6);
    }

    @Test
    void aLineThatOnlyStartsWithDashesDoesNotClose() {
        assertSplit("---\ntitle: t\n---x: y\n--- \nbody\n", Map.of("title", "t", "---x", "y"), "body\n", 5);
    }

    @Test
    void closingLineAtTheEndOfTheFile() {
        assertSplit("---\ntitle: t\n---", Map.of("title", "t"), "", 3);
    }

    @Test
    void onlyLineFeedsEndLines() {
        // Ruby's ^ follows \n only: "\r---" does not start a line, so the front matter is never closed.
        FrontMatterException e = assertThrows(FrontMatterException.class,
                () -> parser.parse("---\ntitle: t\r---\r\nbody\n"));
        assertTrue(e.getMessage().startsWith("unterminated front matter"), e.getMessage());
    }

    @Test
    void byteOrderMarkIsSkipped() {
        assertSplit("\uFEFF---\ntitle: t\n---\nbody", Map.of("title", "t"), "body", 4);
    }

    private void assertSplit(String file, Map<String, Object> frontMatter, String body, int bodyLine) {
        ParsedArticle parsed = parser.parse(file);
        assertEquals(frontMatter, parsed.frontMatter());
        assertEquals(body, parsed.body());
        assertEquals(bodyLine, parsed.bodyLine());
    }
}
