package org.rotative.render.markdown;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rotative.render.liquid.LiquidContext;
import org.rotative.render.sanitize.HtmlSanitizer;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever an article's body holds, Liquid then Markdown then the sanitizer turn it into HTML: no exception, no stack
 * overflow, no hang. {@code JAZZER_FUZZ=1 ./mvnw test -pl render-service -Dtest=BodyRendererFuzzTest} fuzzes for real
 * (coverage-guided); a plain test run replays the inputs saved under {@code src/test/resources} and the pathological
 * bodies below.
 */
class BodyRendererFuzzTest {

    /** Far above a real article's rendering time (under a millisecond): only a blow-up reaches it. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final BodyRenderer BODIES = new BodyRenderer(MarkdownRenderer.withImagesAsWritten());
    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer(List.of("www.dailymotion.com"), "https://site");
    private static final LiquidContext CONTEXT = new LiquidContext(Map.of("title", "Site"), Map.of("title", "Titre"),
            LiquidContext.NO_INCLUDES, LiquidContext.NO_LINKS);

    @FuzzTest(maxDuration = "60s")
    void anyBodyRendersToHtml(String body) {
        render(body);
    }

    /** Each within the 1 MiB ingest accepts for an article file ({@code rotative.ingest.max-file-bytes}). */
    static Stream<Arguments> pathological() {
        return Stream.of(
                Arguments.of("10,000 nested blockquotes", "> ".repeat(10_000) + "fond"),
                Arguments.of("1,000 nested lists, indented (1 MB)", lines(1_000, i -> "  ".repeat(i) + "- item")),
                Arguments.of("10,000 nested lists on one line", "- + ".repeat(5_000) + "x"),
                Arguments.of("10,000 nested ordered lists on one line", "1. ".repeat(10_000) + "x"),
                Arguments.of("100,000 [", "[".repeat(100_000)),
                Arguments.of("100,000 [ then ](", "[".repeat(50_000) + "](".repeat(50_000)),
                Arguments.of("100,000 *", "*".repeat(100_000)),
                Arguments.of("100,000 * and _ alternating", "*_".repeat(50_000)),
                Arguments.of("100,000 backticks", "`".repeat(100_000)),
                Arguments.of("100,000 <", "<".repeat(100_000)),
                Arguments.of("10,000 nested <div>", "<div>".repeat(10_000) + "x" + "</div>".repeat(10_000)),
                Arguments.of("10,000 nested <span>", "a " + "<span>".repeat(10_000) + "x"),
                Arguments.of("10,000 nested links", "[".repeat(10_000) + "x" + "](/a)".repeat(10_000)),
                Arguments.of("table of 2,000 rows and 50 columns", table(2_000, 50)),
                Arguments.of("table with 10,000 columns", table(3, 10_000)),
                Arguments.of("10,000 attribute lists", lines(10_000, i -> "{: .c" + i + "}")),
                Arguments.of("an attribute list of 10,000 classes", "p\n{: " + ".c ".repeat(10_000) + "}"),
                Arguments.of("an attribute value of 4,000 characters", "p\n{: title=\"" + "a".repeat(4_000) + "\"}"),
                Arguments.of("an attribute value of 1,000 characters", "p\n{: title=\"" + "a".repeat(1_000) + "\"}"),
                Arguments.of("an attribute list of 4,000 escaped braces", "p\n{: " + "\\}".repeat(2_000) + "}"),
                Arguments.of("50,000 span attribute lists", "a{:.c}".repeat(50_000)),
                Arguments.of("50,000 unclosed span attribute lists", "a {:".repeat(50_000)),
                Arguments.of("a line of 50,000 * * *", "* ".repeat(50_000)),
                // Cubic, as in kramdown, until scans that never closed were remembered: 7 KB took 20 s.
                Arguments.of("a paragraph of 100,000 unclosed **", "**a ".repeat(100_000)),
                Arguments.of("a paragraph of 100,000 unclosed * and **", "*a **b ".repeat(100_000)),
                Arguments.of("a paragraph of 100,000 unclosed ** and *", "**a *b ".repeat(100_000)),
                Arguments.of("a paragraph of 100,000 unclosed __", "__a ".repeat(100_000)),
                Arguments.of("10,000 footnote references without definitions", "[^1]".repeat(10_000)),
                // Quadratic in the number of definitions until notes were numbered and abbreviations found by lookups.
                Arguments.of("40,000 footnotes (1 MB)", lines(40_000, i -> "x[^" + i + "]\n\n[^" + i + "]: note")),
                Arguments.of("40,000 abbreviations over a long text (1 MB)",
                        lines(40_000, i -> "*[A" + i + "]: a") + "\n" + "A1 A2 A3 mot ".repeat(40_000)),
                Arguments.of("10,000 unclosed {::comment} lines", lines(10_000, i -> "{::comment}")),
                Arguments.of("10,000 unclosed {::comment} blocks", lines(10_000, i -> "{::comment}\nx\n")),
                Arguments.of("unclosed comment, nomarkdown and options", lines(3_000,
                        i -> "{::comment}\n\n> {::nomarkdown}\n\n{::options a=\"1\"}\n")),
                Arguments.of("50,000 unclosed span {::comment}", "a {::comment} ".repeat(50_000)),
                Arguments.of("10,000 raw start tags, then as many end tags with span lists",
                        "a " + "<b>".repeat(10_000) + "</b>{: .c}".repeat(10_000)),
                Arguments.of("50,000 raw elements with span lists", "<b>a</b>{: .c} ".repeat(50_000)),
                Arguments.of("10,000 definition list terms", lines(10_000, i -> "terme\n: définition")),
                Arguments.of("10,000 nested Liquid ifs", "{% if a %}".repeat(10_000) + "x"
                        + "{% endif %}".repeat(10_000)),
                Arguments.of("10,000 unclosed Liquid tags", "{% if a %}".repeat(10_000)),
                Arguments.of("100,000 {{", "{{".repeat(100_000)),
                Arguments.of("50,000 Liquid outputs", "{{ page.title }}\n".repeat(50_000)),
                Arguments.of("Liquid loop of a million", "{% for i in (1..1000000) %}{{ i }}{% endfor %}"),
                Arguments.of("10,000 headings", lines(10_000, i -> "## Titre")),
                Arguments.of("a table of contents over 10,000 headings",
                        "* toc\n{:toc}\n\n" + lines(10_000, i -> "### T" + i)),
                Arguments.of("a line of a million characters", "a".repeat(1_000_000)),
                Arguments.of("100,000 hard line breaks", "a  \n".repeat(100_000)),
                Arguments.of("10,000 typographic quotes and dashes", "\"a\" -- 'b' ... ".repeat(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    void pathologicalBodiesRenderInBoundedTime(String name, String body) {
        assertTimeoutPreemptively(BOUND, () -> render(body), name);
    }

    /** As an untrusted article is rendered: Liquid, Markdown, then the allowlist. */
    private static void render(String body) {
        BodyRenderer.Body rendered = BODIES.render(body, CONTEXT);
        assertNotNull(SANITIZER.cleaning(false).html(rendered.html()));
    }

    private static String lines(int count, java.util.function.IntFunction<String> line) {
        return String.join("\n", IntStream.range(0, count).mapToObj(line).toList()) + "\n";
    }

    private static String table(int rows, int columns) {
        String row = "|" + " a |".repeat(columns) + "\n";
        return row + "|" + "---|".repeat(columns) + "\n" + row.repeat(rows);
    }
}
