package org.rotative.bench.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.rotative.bench.corpus.CorpusArticle;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.render.liquid.LiquidContext;
import org.rotative.render.markdown.MarkdownRenderer;
import org.rotative.render.page.PageRenderer;
import org.rotative.render.page.RenderedPage;
import org.rotative.render.sanitize.HtmlSanitizer;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

/**
 * The render core on one thread, one operation = one article of the corpus (so ops/s = articles/s), cycling through
 * every article so the score is the corpus mix, the same inputs {@code kramdown-render --bench} converts.
 * <ul>
 * <li>{@link #body}: the Markdown body to HTML, images as written: what kramdown itself does;</li>
 * <li>{@link #commonmark}: the same bodies through commonmark-java with none of our extensions: the library's own
 * speed, which bounds {@link #body} from above;</li>
 * <li>{@link #page}: the complete page as the service renders it ({@link PageRenderer}: body, introduction and the
 * {@code page.html} layout), through a standalone Qute engine with reflection instead of Quarkus' generated value
 * resolvers, so slightly slower than in the service if anything.</li>
 * </ul>
 * The corpus folder is the system property {@value #CORPUS_PROPERTY}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class RenderBenchmark {

    static final String CORPUS_PROPERTY = "rotative.bench.corpus";

    private List<CorpusArticle> articles;
    private List<ArticleParsed> events;
    private MarkdownRenderer markdown;
    private Parser commonmarkParser;
    private HtmlRenderer commonmarkRenderer;
    private PageRenderer pages;
    private int next;

    @Setup
    public void load() {
        String corpus = System.getProperty(CORPUS_PROPERTY);
        if (corpus == null) {
            throw new IllegalStateException("set -D" + CORPUS_PROPERTY + "=<Jekyll site folder> (bench/run does)");
        }
        articles = CorpusArticle.readSite(Path.of(corpus));
        events = articles.stream().map(RenderBenchmark::event).toList();
        markdown = MarkdownRenderer.withImagesAsWritten();
        commonmarkParser = Parser.builder().build();
        commonmarkRenderer = HtmlRenderer.builder().build();
        // The service's site variables and no links to resolve: what the service's Liquid pass has at render time.
        pages = new PageRenderer(markdown, pageTemplate(), Map.of("title", "numerique.gouv.fr"),
                LiquidContext.NO_LINKS, new HtmlSanitizer(List.of(), "https://www.numerique.gouv.fr"));
    }

    @Benchmark
    public String body() {
        String html = markdown.render(articles.get(next).body());
        next = (next + 1) % articles.size();
        return html;
    }

    @Benchmark
    public String commonmark() {
        String html = commonmarkRenderer.render(commonmarkParser.parse(articles.get(next).body()));
        next = (next + 1) % articles.size();
        return html;
    }

    @Benchmark
    public RenderedPage page() {
        RenderedPage page = pages.render(events.get(next));
        next = (next + 1) % events.size();
        return page;
    }

    /** The service's own layout, read from its jar, HTML-escaped as Quarkus configures Qute for .html templates. */
    private static Template pageTemplate() {
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        try (InputStream in = PageRenderer.class.getClassLoader().getResourceAsStream("templates/page.html")) {
            if (in == null) {
                throw new IllegalStateException("templates/page.html not found in the render-service jar");
            }
            return engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Variant.forContentType(Variant.TEXT_HTML));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event ingest would publish for this file: what the render service's consumer hands to PageRenderer. */
    private static ArticleParsed event(CorpusArticle a) {
        String name = a.path().getFileName().toString();
        String slug = name.substring(0, name.lastIndexOf('.'));
        Object title = a.frontMatter().get("title");
        return new ArticleParsed(a.collection() + "/" + slug, "bench", 1, a.collection(),
                "_" + a.collection() + "/" + name, "/" + a.collection() + "/" + slug + "/",
                title == null ? slug : title.toString(), date(a.frontMatter().get("date")),
                strings(a.frontMatter().get("categories")), strings(a.frontMatter().get("tags")), a.frontMatter(),
                a.body(), true);
    }

    private static OffsetDateTime date(Object value) {
        return value instanceof Date d ? d.toInstant().atOffset(ZoneOffset.UTC) : null;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString().split("\\s+"));
    }
}
