package org.rotative.media.check;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rotative.media.storage.ContentTypes;

/**
 * Finds the {@code /uploads/} images an article references, the way the numerique.gouv.fr articles write them:
 * <ul>
 * <li>front matter string values anywhere, at any depth, with an image extension ({@code une-ou-diaporama:
 * [{image: /uploads/x.jpg}]}); other uploads there ({@code file: /uploads/x.pdf}) are documents, not images;</li>
 * <li>Markdown images in the body, {@code ![alt](/uploads/x.png "title"){: width="50%"}}, also inside links;</li>
 * <li>raw HTML images, {@code <figure><img src="/uploads/x.png"/></figure>}.</li>
 * </ul>
 * Site-relative paths only: absolute URLs name other hosts' files. Duplicates (same decoded file) are reported once,
 * front matter first, then the body in document order.
 */
public final class ImageReferences {

    static final String UPLOADS = "/uploads/";

    /**
     * A body image, in one pattern so that matches come in document order: a Markdown image {@code ![alt](dest …)}
     * (alt may hold one level of brackets, dest is {@code <…>} or has balanced parentheses), or an HTML
     * {@code <img … src=…>} with double, single or no quotes.
     */
    private static final Pattern BODY_IMAGE = Pattern.compile(
            "!\\[(?:[^\\[\\]\\\\]|\\\\.|\\[[^\\[\\]]*])*]\\(\\s*(?:<(/uploads/[^>\\n]+)>|(/uploads/(?:[^()\\s]|\\([^()\\s]*\\))+))"
                    + "|(?i:<img\\b[^>]*?\\bsrc\\s*=\\s*(?:\"(/uploads/[^\"]+)\"|'(/uploads/[^']+)'|(/uploads/[^\\s>]+)))");

    /** Every image of an article, front matter first, each file once. */
    public static List<ImageReference> of(Map<String, Object> frontMatter, String body) {
        Map<String, ImageReference> found = new LinkedHashMap<>();
        if (frontMatter != null) {
            collectFrontMatter(frontMatter.values(), found);
        }
        if (body != null) {
            collect(body, found);
        }
        return List.copyOf(found.values());
    }

    private static void collectFrontMatter(Collection<?> values, Map<String, ImageReference> found) {
        for (Object value : values) {
            if (value instanceof Map<?, ?> map) {
                collectFrontMatter(map.values(), found);
            } else if (value instanceof Collection<?> list) {
                collectFrontMatter(list, found);
            } else if (value instanceof String s && s.trim().startsWith(UPLOADS)) {
                String path = withoutQuery(s.trim());
                if (ContentTypes.isImage(path)) {
                    add(path, found);
                }
            }
        }
    }

    /**
     * Every match of {@link #BODY_IMAGE}, as {@code find()} gives them, but tried only where one can start ({@code !}
     * or {@code <}): {@code find()} tried the alternation at every character, half of the media service's CPU while a
     * site was imported.
     */
    private static void collect(String body, Map<String, ImageReference> found) {
        Matcher matcher = BODY_IMAGE.matcher(body);
        int from = nextCandidate(body, 0);
        while (from >= 0) {
            matcher.region(from, body.length());
            if (!matcher.lookingAt()) {
                from = nextCandidate(body, from + 1);
                continue;
            }
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    add(withoutQuery(matcher.group(group).trim()), found);
                }
            }
            from = nextCandidate(body, matcher.end());
        }
    }

    private static int nextCandidate(String body, int from) {
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '!' || c == '<') {
                return i;
            }
        }
        return -1;
    }

    private static void add(String path, Map<String, ImageReference> found) {
        String key = decode(path.substring(UPLOADS.length()));
        found.putIfAbsent(key != null ? key : path, new ImageReference(path, key));
    }

    private static String withoutQuery(String url) {
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return url.substring(0, end);
    }

    /**
     * Percent-decodes a URL path as UTF-8, once (a {@code +} stays a plus: this is a path, not a form); null when an
     * escape is malformed or the bytes are not UTF-8.
     */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        int i = 0;
        while (i < path.length()) {
            int escape = path.indexOf('%', i);
            if (escape < 0) {
                escape = path.length();
            }
            bytes.writeBytes(path.substring(i, escape).getBytes(StandardCharsets.UTF_8));
            if (escape == path.length()) {
                break;
            }
            int high = escape + 2 < path.length() ? Character.digit(path.charAt(escape + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(path.charAt(escape + 2), 16) : -1;
            if (low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i = escape + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private ImageReferences() {
    }
}
