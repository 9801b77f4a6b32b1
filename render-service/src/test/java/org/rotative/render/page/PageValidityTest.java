package org.rotative.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.render.Corpus;
import org.rotative.render.image.ImageSizes;
import org.rotative.render.image.MediaService;
import org.rotative.render.image.UploadImageAttributeProvider;
import org.rotative.render.liquid.LiquidContext;
import org.rotative.render.markdown.MarkdownRenderer;
import org.rotative.render.sanitize.HtmlSanitizer;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * Pages of the real corpus are valid HTML5 for the W3C's checker, and real headless Chromium shows one (screenshot in
 * {@code target/screenshots/}). The bodies' own raw HTML is the authors' (Jekyll keeps it as written): the layout
 * around it must add no error of its own.
 */
class PageValidityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Debian's chromium; CI installs it (.ci/run). */
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** An article with everything the layout shows: lead image with alt text, introduction, files, a table. */
    private static final String SHOWCASE = "_communiques/franceconnect-cap-20-millions-utilisateurs.markdown";

    private static SimpleDocumentValidator validator;
    private final PageRenderer renderer = new PageRenderer(new MarkdownRenderer(new UploadImageAttributeProvider(
            new MediaService("/"), List.of(480, 800, 1200), 800, "100vw",
            path -> Optional.of(new ImageSizes.ImageSize(1200, 675)))),
            PageRendererTest.template("page.html"), Map.of("title", "numerique.gouv.fr"), LiquidContext.NO_LINKS,
            new HtmlSanitizer(List.of(), "http://site"));

    @BeforeAll
    static void loadTheChecker() throws Exception {
        validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", new Errors());
        validator.setUpValidatorAndParsers(new Errors(), false, false);
    }

    @Test
    void everyPageOfTheCorpusAddsNoErrorToItsBody() throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Path file : corpus()) {
            String relative = Corpus.SITE.relativize(file).toString();
            RenderedPage page = renderer.render(article(relative));
            // Authors start their sections at h3 or h4 under the page's h1, as on the site today: the checker's
            // heading-outline rule is about their writing, not about the markup's validity.
            List<String> errors = errors(page.pageHtml()).stream().filter(e -> !e.startsWith("The heading "))
                    .toList();
            // Errors inside the authors' HTML are theirs: the same body alone, in a minimal valid document.
            List<String> own = new ArrayList<>(errors);
            own.removeAll(errors(minimal(page.bodyHtml())));
            if (!errors.isEmpty() && own.size() == errors.size()) {
                problems.add(relative + ": " + errors);
            }
            pages++;
        }
        assertEquals(250, pages);
        assertEquals(List.of(), problems);
    }

    @Test
    void theShowcasePageIsValidAndChromiumShowsIt() throws Exception {
        RenderedPage page = renderer.render(article(SHOWCASE));
        assertEquals(List.of(), errors(page.pageHtml()));

        Files.createDirectories(SCREENSHOTS);
        Path html = SCREENSHOTS.resolve("page.html").toAbsolutePath();
        Files.writeString(html, page.pageHtml());
        Path png = SCREENSHOTS.resolve("page.png").toAbsolutePath();
        String dom = chromium("--screenshot=" + png, "--window-size=1280,1800", html.toUri().toString());
        assertTrue(Files.size(png) > 10_000, "a screenshot of the page: " + png);
        dom = chromium("--dump-dom", html.toUri().toString());
        assertTrue(dom.contains("<html lang=\"fr\">") && dom.contains("<figure class=\"une\">")
                && dom.contains("<section class=\"files\""), dom);
    }

    /** Runs headless Chromium on the page; its output (the DOM it built, with --dump-dom). */
    private static String chromium(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), "this test drives Debian's chromium: apt-get install chromium");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("rotative-chromium")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        return out;
    }

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> walk = Files.walk(Corpus.SITE)) {
            return walk.filter(p -> p.toString().matches(".*/_[a-z]+/.*\\.(md|markdown)$")).sorted().toList();
        }
    }

    /** The article with the front matter Jekyll read (the oracle's JSON). */
    private static ArticleParsed article(String relative) throws IOException {
        Path json = Corpus.EXPECTED.resolve(relative.replaceFirst("\\.(md|markdown)$", "") + ".json");
        Map<String, Object> frontMatter = JSON.readValue(json.toFile(), new TypeReference<>() {
        });
        Object title = frontMatter.getOrDefault("title", relative);
        return new ArticleParsed("a/" + relative, "r", 1, "actualites", relative, "/a/", title.toString(), null,
                List.of("Actualités"), List.of("Numérique"), frontMatter, Corpus.body(relative), true);
    }

    private static String minimal(String body) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body>" + body + "</body></html>";
    }

    private static List<String> errors(String html) throws Exception {
        Errors errors = new Errors();
        validator.setUpValidatorAndParsers(errors, false, false);
        InputSource in = new InputSource(new StringReader(html));
        in.setEncoding("UTF-8");
        validator.checkHtmlInputSource(in);
        return errors.messages;
    }

    /** The checker's errors, without their positions (a body's errors move with the layout around it). */
    private static final class Errors implements ErrorHandler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // Advice, not errors.
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add(e.getMessage());
        }
    }
}
