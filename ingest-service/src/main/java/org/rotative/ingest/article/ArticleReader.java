package org.rotative.ingest.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.rotative.ingest.frontmatter.FrontMatterException;
import org.rotative.ingest.frontmatter.FrontMatterParser;
import org.rotative.ingest.frontmatter.JekyllYaml;
import org.rotative.ingest.frontmatter.ParsedArticle;
import org.rotative.ingest.site.CollectionConfig;
import org.rotative.ingest.site.JekyllDocument;
import org.rotative.ingest.site.SiteConfig;

/**
 * Reads one article file as Jekyll would: size, encoding, front matter, then the document's Jekyll data. Pure: no
 * database, no Kafka, so the same code serves uploads, imports and tests.
 */
public final class ArticleReader {

    private final SiteConfig site;
    private final int maxBytes;
    private final FrontMatterParser parser;

    public ArticleReader(SiteConfig site, int maxBytes) {
        this.site = site;
        this.maxBytes = maxBytes;
        this.parser = new FrontMatterParser(new JekyllYaml(site.timezone()));
    }

    /**
     * @param now the build time, for future-dated articles
     * @throws ArticleRejectedException with the file, line and column of what is wrong
     */
    public ReadArticle read(ArticleFile file, Instant now) {
        String revision = sha256(file.content());
        String where = file.sourcePath();
        String id = JekyllDocument.articleId(file.collection(), file.pathInCollection());
        if (file.content().length > maxBytes) {
            throw new ArticleRejectedException(id, where, revision, "file too large: " + file.content().length
                    + " bytes, the limit is " + maxBytes, 0, 0, "split the article or move embedded data to /uploads");
        }
        CollectionConfig collection = site.collection(file.collection()).orElseThrow(() ->
                new ArticleRejectedException(id, where, revision, "unknown collection '" + file.collection()
                        + "': the site's _config.yml declares " + String.join(", ", site.collections().keySet()),
                        0, 0, "declare it under 'collections:' in _config.yml, or use one of those"));
        String text = decodeUtf8(file.content(), id, where, revision);
        try {
            ParsedArticle parsed = parser.parse(text);
            JekyllDocument document = JekyllDocument.of(site, collection, file.pathInCollection(),
                    parsed.frontMatter(), now);
            return new ReadArticle(file, revision, document, parsed.frontMatter(), parsed.body());
        } catch (FrontMatterException e) {
            throw new ArticleRejectedException(id, where, revision, e.getMessage(), e.line(), e.column(), e.hint());
        }
    }

    /** Strict UTF-8, as Jekyll reads files; the error names the line of the first bad byte. */
    private static String decodeUtf8(byte[] bytes, String id, String where, String revision) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ArticleRejectedException(id, where, revision, String.format(
                    "not UTF-8: byte 0x%02X at offset %d is not valid UTF-8", bytes[bad] & 0xFF, bad), line,
                    bad - lineStart + 1, "save the file as UTF-8 (it looks like Latin-1 or Windows-1252)");
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
