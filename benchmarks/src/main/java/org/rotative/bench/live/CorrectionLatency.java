package org.rotative.bench.live;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.rotative.bench.corpus.CorpusArticle;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * "One correction goes live": while a loaded site receives a steady stream of other updates, edit one article at a
 * time through ingest's upload API and time until the render service serves the page with the edit (a marker string
 * in the new body). Latency = from sending the upload to the first GET of the permalink that shows the marker, polled
 * every {@code --poll-ms} with the last ETag seen (304 while the page is unchanged); so it is exact to one poll
 * interval.
 *
 * <pre>
 * java -cp target/benchmarks.jar:target/lib/* org.rotative.bench.live.CorrectionLatency \
 *   --ingest http://127.0.0.1:28081 --render http://127.0.0.1:28082 --site SITE_DIR \
 *   --edits 500 --warmup 20 --warmup-seconds 60 --background-rate 20 --out result.json
 * </pre>
 * Edited and background articles are disjoint sets of the site's files; every upload changes the file, so each is a
 * new revision that the pipeline must parse, publish, render and store. The first {@code --warmup} edits, and
 * every edit in the first {@code --warmup-seconds} of the stream, are the warm-up: summarised apart, not counted.
 * Articles Jekyll would not publish (no page to wait for) are skipped.
 */
public final class CorrectionLatency {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EDIT_TIMEOUT = Duration.ofSeconds(30);
    private static final double[] NOT_PUBLISHED = new double[0];
    private static final double[] REFUSED = new double[0];

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI ingest;
    private final URI render;
    private final Duration poll;

    private CorrectionLatency(URI ingest, URI render, Duration poll) {
        this.ingest = ingest;
        this.render = render;
        this.poll = poll;
    }

    /** A file of the site as ingest's upload API takes it. */
    private record SiteFile(String collection, String filename, byte[] content) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path site = Path.of(required(options, "site"));
        int edits = Integer.parseInt(options.getOrDefault("edits", "500"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        Duration warmupTime = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-seconds", "0")));
        double rate = Double.parseDouble(options.getOrDefault("background-rate", "20"));
        Path out = Path.of(required(options, "out"));
        CorrectionLatency driver = new CorrectionLatency(URI.create(required(options, "ingest")),
                URI.create(required(options, "render")),
                Duration.ofMillis(Long.parseLong(options.getOrDefault("poll-ms", "2"))));

        List<SiteFile> files = siteFiles(site);
        Collections.shuffle(files, new Random(8));
        // Half the site (at most 2,000 files) feeds the background stream, the other half the measured edits.
        int backgroundCount = Math.min(files.size() / 2, 2000);
        if (files.size() - backgroundCount < edits + warmup) {
            throw new IllegalArgumentException("the site has " + files.size() + " articles: too few for "
                    + (edits + warmup) + " edited ones and a disjoint background stream");
        }
        Map<String, Object> result = driver.run(files.subList(backgroundCount, files.size()), edits, warmup,
                warmupTime, files.subList(0, backgroundCount), rate);
        result.put("site", site.toAbsolutePath().toString());
        result.put("site_articles", files.size());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n");
        System.out.println(JSON.writeValueAsString(result.get("latency_ms")));
    }

    private Map<String, Object> run(List<SiteFile> candidates, int edits, int warmup, Duration warmupTime,
            List<SiteFile> background, double rate) throws Exception {
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger refusedInStream = new AtomicInteger();
        ScheduledExecutorService stream = Executors.newSingleThreadScheduledExecutor();
        long periodMicros = Math.round(1_000_000 / rate);
        long streamStart = System.nanoTime();
        stream.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            SiteFile file = background.get(n % background.size());
            // Unique to this run: an upload identical to the stored file would be a no-op, not an update.
            http.sendAsync(upload(file, "background update " + n + " at " + streamStart),
                    HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (error == null && refused(response)) {
                            refusedInStream.incrementAndGet();
                        } else if (error != null || response.statusCode() >= 300) {
                            failed.incrementAndGet();
                        }
                    });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);

        List<Double> latencies = new ArrayList<>();
        List<Double> acks = new ArrayList<>();
        List<Double> warmupLatencies = new ArrayList<>();
        long warmupEnd = streamStart + warmupTime.toNanos();
        int timeouts = 0;
        int notPublished = 0;
        int refused = 0;
        int done = 0;
        try {
            for (SiteFile file : candidates) {
                if (latencies.size() + timeouts == edits) {
                    break;
                }
                double[] timing = edit(file, "bench-correction-" + System.nanoTime());
                if (timing == REFUSED) {
                    refused++;
                    continue;
                }
                if (timing == NOT_PUBLISHED) {
                    notPublished++;
                    continue;
                }
                if (done++ < warmup || System.nanoTime() < warmupEnd) {
                    if (timing != null) {
                        warmupLatencies.add(timing[0]);
                    }
                    continue;
                }
                if (timing == null) {
                    timeouts++;
                } else {
                    latencies.add(timing[0]);
                    acks.add(timing[1]);
                }
            }
        } finally {
            stream.shutdownNow();
        }
        double streamSeconds = (System.nanoTime() - streamStart) / 1e9;

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("edits", latencies.size());
        result.put("warmup_edits", warmupLatencies.size());
        result.put("warmup_seconds", warmupTime.toSeconds());
        result.put("warmup_latency_ms", summary(warmupLatencies));
        result.put("timeouts", timeouts);
        result.put("skipped_not_published", notPublished);
        result.put("skipped_refused", refused);
        result.put("poll_ms", poll.toMillis());
        result.put("latency_ms", summary(latencies));
        result.put("upload_ack_ms", summary(acks));
        result.put("latencies_ms", latencies);
        result.put("background_rate_target", rate);
        result.put("background_rate_achieved", Math.round(sent.get() / streamSeconds * 10) / 10.0);
        result.put("background_failed", failed.get());
        result.put("background_refused", refusedInStream.get());
        return result;
    }

    /**
     * Uploads the file with the marker and polls its page; {latency, upload acknowledged} in ms, null on timeout,
     * {@link #NOT_PUBLISHED} for an article Jekyll would not publish (it never gets a page), {@link #REFUSED} for one
     * ingest {@linkplain #refused refuses}.
     */
    private double[] edit(SiteFile file, String marker) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(upload(file, marker), HttpResponse.BodyHandlers.ofString());
        long acknowledged = System.nanoTime();
        if (refused(answer)) {
            return REFUSED;
        }
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("upload of " + file.collection() + "/" + file.filename() + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
        var article = JSON.readTree(answer.body());
        if ("not published".equals(article.path("state").asText())) {
            return NOT_PUBLISHED;
        }
        URI page = render.resolve(encodePath(article.path("permalink").asText()));
        long deadline = start + EDIT_TIMEOUT.toNanos();
        String seen = null; // the ETag of the page last served: as a browser or a CDN revalidates, 304 until it changes
        while (System.nanoTime() < deadline) {
            HttpRequest.Builder get = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).GET();
            if (seen != null) {
                get.header("If-None-Match", seen);
            }
            HttpResponse<String> served = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
            if (served.statusCode() == 200 && served.body().contains(marker)) {
                long now = System.nanoTime();
                return new double[] {(now - start) / 1e6, (acknowledged - start) / 1e6};
            }
            if (served.statusCode() == 200) {
                seen = served.headers().firstValue("ETag").orElse(null);
            }
            Thread.sleep(poll.toMillis());
        }
        return null;
    }

    /**
     * Whether ingest refused the upload (422), as it should: the replicated corpus repeats the fixed permalinks of
     * some articles, and only the first replica holds each. Not a failure of the pipeline.
     */
    private static boolean refused(HttpResponse<?> answer) {
        return answer.statusCode() == 422;
    }

    /** The file with one more paragraph at its end: a new revision whose body shows {@code text}. */
    private HttpRequest upload(SiteFile file, String text) {
        byte[] tail = ("\n\n" + text + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(file.content(), file.content().length + tail.length);
        System.arraycopy(tail, 0, body, file.content().length, tail.length);
        String query = "collection=" + URLEncoder.encode(file.collection(), StandardCharsets.UTF_8)
                + "&filename=" + URLEncoder.encode(file.filename(), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(ingest.resolve("/api/articles?" + query)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Permalinks are decoded paths (accents, spaces): percent-encode each segment. */
    private static String encodePath(String permalink) {
        return Arrays.stream(permalink.split("/", -1))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    private static Map<String, Object> summary(List<Double> values) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (values.isEmpty()) {
            return s;
        }
        List<Double> sorted = values.stream().sorted().toList();
        s.put("min", round(sorted.get(0)));
        s.put("p50", round(percentile(sorted, 50)));
        s.put("p90", round(percentile(sorted, 90)));
        s.put("p99", round(percentile(sorted, 99)));
        s.put("max", round(sorted.get(sorted.size() - 1)));
        s.put("mean", round(sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        return s;
    }

    /** Nearest-rank percentile: with 500 values p99 is the 495th, an observed latency. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static List<SiteFile> siteFiles(Path site) throws IOException {
        List<SiteFile> files = new ArrayList<>();
        for (Path f : CorpusArticle.articleFiles(site)) {
            // The upload API takes a file name inside its collection folder.
            String inCollection = site.resolve("_" + CorpusArticle.collectionOf(site, f)).relativize(f).toString();
            files.add(new SiteFile(CorpusArticle.collectionOf(site, f), inCollection, Files.readAllBytes(f)));
        }
        return files;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
