package org.rotative.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rotative.ingest.article.ArticleSource;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the ingest service, under {@code rotative.ingest}. */
@ConfigMapping(prefix = "rotative.ingest")
public interface IngestConfig {

    /** Largest article file accepted, in bytes; bigger files are rejected (default 1 MiB, 4× the corpus' largest). */
    @WithDefault("1048576")
    int maxFileBytes();

    /** Articles stored and published per database transaction during a site import. */
    @WithDefault("200")
    int importBatchSize();

    /**
     * How often the outbox relay looks for events left unsent (it also runs right after every change): the delay
     * before events flow again after a Kafka outage.
     */
    @WithDefault("5s")
    String relayInterval();

    /** How often future-dated articles are checked, and published once their date has come. */
    @WithDefault("30s")
    String embargoCheckInterval();

    /**
     * Shared keys for HMAC-SHA256 signatures of write requests (several for rotation: add the new key, move the
     * clients, remove the old one). Empty: write endpoints are open, for local runs only.
     */
    Optional<List<String>> apiKeys();

    /**
     * Sources whose articles keep their raw HTML as written, as Jekyll does: {@code site-import}, {@code upload},
     * {@code newsroom}. The others' articles are rendered through the render service's allowlist sanitizer (no
     * scripts, no event handlers, no {@code javascript:} or {@code data:} URLs, iframes only from known video
     * hosts). Default: a site's own repository and the signed upload endpoint; newsroom events are untrusted.
     */
    @WithDefault("site-import,upload")
    Set<ArticleSource> trustedSources();

    /** How far a signature's timestamp may be from now: the replay window. */
    @WithDefault("5m")
    Duration signatureWindow();

    /** Consumer group that reads what newsroom systems submit on the inbound topic. */
    @WithDefault("rotative-ingest-inbound")
    String inboundGroupId();

    /** Consumer group that follows rendered and media events to keep each article's status. */
    @WithDefault("rotative-ingest")
    String statusGroupId();

    /** Base URL of the rendered site (the render service locally), for the status page's links to each page. */
    @WithDefault("http://localhost:8082")
    String siteUrl();

    /** Articles listed per page of the status page. */
    @WithDefault("50")
    int statusPageSize();

    /** Imports shown in the status page's history. */
    @WithDefault("10")
    int statusImports();
}
