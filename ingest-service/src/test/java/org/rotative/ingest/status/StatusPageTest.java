package org.rotative.ingest.status;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rotative.contract.event.ArticleRendered;
import org.rotative.contract.event.EventType;
import org.rotative.contract.kafka.EventProducer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

/** The status page on the real database, read as HTML and in real headless Chromium (screenshot kept in target/). */
@QuarkusTest
class StatusPageTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** Debian's packages; CI installs them (.ci/run). */
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target/screenshots/status-page.png");

    @TestHTTPResource("/status")
    URL statusPage;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private static boolean imported;

    /** Once per class; not in a static @BeforeAll, which runs before the application listens. */
    @BeforeEach
    void importSite() throws IOException {
        if (imported) {
            return;
        }
        imported = true;
        Path site = Files.createTempDirectory("rotative-status");
        Files.writeString(site.resolve("_config.yml"), "collections:\n  dossiers:\n    output: true\n");
        Path dossiers = Files.createDirectories(site.resolve("_dossiers"));
        Files.writeString(dossiers.resolve("cloud-" + RUN + ".md"), "---\ntitle: Le cloud %s\n---\nTexte.\n"
                .formatted(RUN));
        Files.writeString(dossiers.resolve("brouillon-" + RUN + ".md"),
                "---\ntitle: Brouillon %s\npublished: false\n---\n".formatted(RUN));
        Files.writeString(dossiers.resolve("casse-" + RUN + ".md"), "---\ntitle: ok\ndate: 2021-13-01\n---\n");
        given().contentType(ContentType.JSON).body(Map.of("siteDir", site.toString()))
                .when().post("/api/imports").then().statusCode(200);
    }

    @Test
    void listsEveryArticleWithItsStateAndFilters() {
        given().when().get("/status").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"en\">"), containsString("Le cloud " + RUN),
                        containsString("Brouillon " + RUN), containsString("_dossiers/casse-" + RUN + ".md:3"),
                        containsString("2021-13-01"), containsString("/api/articles/dossiers/cloud-" + RUN)));

        given().queryParam("state", "rejected").queryParam("collection", "dossiers")
                .when().get("/status").then().statusCode(200)
                .body(allOf(containsString("casse-" + RUN), not(containsString("Le cloud " + RUN))));
        given().queryParam("q", "cloud " + RUN)
                .when().get("/status").then().statusCode(200)
                .body(allOf(containsString("Le cloud " + RUN), not(containsString("Brouillon " + RUN)),
                        containsString("1 matching")));
        // A % typed in the search box is a character, not a wildcard.
        given().queryParam("q", "%" + RUN).when().get("/status").then().statusCode(200)
                .body(containsString("0 matching"));
    }

    @Test
    void aPageRenderedWithWarningsSaysSo() throws InterruptedException {
        String id = "dossiers/cloud-" + RUN;
        try (EventProducer producer = new EventProducer(kafkaConfig, "/rotative/render")) {
            producer.publishAll(List.of(new EventProducer.Outgoing<>(EventType.ARTICLE_RENDERED, id,
                    new ArticleRendered(id, given().get("/api/articles/" + id).path("revision"), 1, "/dossiers/x/",
                            Instant.now(), "0".repeat(64), List.of("Liquid left as written (line 3 of the body): "
                                    + "unknown tag 'agenda'")))));
        }
        String warning = "rendered with a warning: Liquid left as written (line 3 of the body): "
                + "unknown tag &#39;agenda&#39;";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!given().queryParam("q", "cloud " + RUN).get("/status").asString().contains(warning)) {
            assertTrue(System.nanoTime() < deadline, "the status page never showed the warning");
            Thread.sleep(200);
        }
        given().get("/api/articles/" + id).then().body("renderWarnings[0]", containsString("unknown tag"));
    }

    @Test
    void theTerminalGetsTheSameSummaryAsText() {
        given().accept("text/plain").when().get("/status").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(allOf(containsString("rendered "), containsString("Imports (latest first)"),
                        containsString("_dossiers/casse-" + RUN + ".md:3: "), not(containsString("<html"))));
    }

    @Test
    void chromiumShowsTheFilteredPage() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "this test drives Debian's chromium with chromium-driver: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1280,1000", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        try {
            chromium.get(statusPage.toString());
            assertEquals("Pipeline status — Rotative", chromium.getTitle());
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, chromium.getScreenshotAs(OutputType.BYTES));

            new Select(chromium.findElement(By.name("state"))).selectByVisibleText("not published");
            chromium.findElement(By.name("q")).sendKeys("Brouillon " + RUN);
            chromium.findElement(By.cssSelector("button[type=submit]")).click();

            // The click starts the navigation; wait until the filtered page is loaded before reading it.
            new WebDriverWait(chromium, Duration.ofSeconds(20)).until(driver -> driver.getCurrentUrl()
                    .contains("state=not+published")
                    && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"))
                    && !driver.findElements(By.xpath("//p[contains(., 'matching')]")).isEmpty());
            List<WebElement> rows = chromium.findElements(By.cssSelector("tbody tr td.state"));
            assertEquals(List.of("not published"), rows.stream().map(WebElement::getText).toList(),
                    chromium.getPageSource());
        } finally {
            chromium.quit();
        }
    }
}
