package org.rotative.ingest.frontmatter;

import java.util.Map;

/**
 * Splits an article into its YAML front matter and its body, as Jekyll's {@code Document#read} does: the file must
 * start with a {@code ---} line, and the front matter ends at the next line that is {@code ---} or {@code ...}.
 *
 * <p>Jekyll matches {@code YAML_FRONT_MATTER_REGEXP}, {@code \A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)} in Ruby's
 * multiline mode. This class finds the same split by scanning: the lazy {@code .*?} tried at every character was a
 * tenth of ingest's CPU on a site import. Lines are Ruby's: only {@code \n} ends one ({@code ^} and {@code $}).
 */
public final class FrontMatterParser {

    private static final String OPENING = "---";

    private final JekyllYaml yaml;

    public FrontMatterParser(JekyllYaml yaml) {
        this.yaml = yaml;
    }

    /**
     * @param text the whole file, decoded
     * @throws FrontMatterException when the front matter is missing, unterminated, not YAML or not a mapping
     */
    public ParsedArticle parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // "---\s*\n": the greedy \s* ends at the last line feed of the blank run after the dashes.
        int afterOpening = content.startsWith(OPENING)
                ? lastLineFeed(content, OPENING.length(), blankRunEnd(content, OPENING.length())) + 1 : 0;
        if (afterOpening == 0) {
            throw new FrontMatterException("no front matter: the file must start with a line '---'", 1, 1,
                    "add a YAML front matter between two '---' lines at the top (at least a title)");
        }
        int closing = afterOpening;
        int bodyStart = closingLineEnd(content, closing);
        while (bodyStart < 0) {
            int lineFeed = content.indexOf('\n', closing);
            if (lineFeed < 0) {
                throw new FrontMatterException("unterminated front matter: no closing '---' line", 1, 1,
                        "end the front matter with a line that is exactly '---'");
            }
            closing = lineFeed + 1;
            bodyStart = closingLineEnd(content, closing);
        }
        Object data = yaml.load(content.substring(content.indexOf('\n') + 1, closing), 2);
        if (data != null && !(data instanceof Map)) {
            throw new FrontMatterException("the front matter must be a mapping of keys to values, not a "
                    + (data instanceof java.util.List ? "list" : "single value"), 2, 1,
                    "write it as 'key: value' lines");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = data == null ? Map.of() : (Map<String, Object>) data;
        return new ParsedArticle(values, content.substring(bodyStart), 1 + lineFeeds(content, bodyStart));
    }

    /**
     * Where the body starts when the line at {@code start} closes the front matter ({@code (---|\.\.\.)\s*$\n?}), or
     * -1: after the marker, the greedy {@code \s*} gives back blanks until {@code $} holds, then takes its line feed.
     */
    private static int closingLineEnd(String content, int start) {
        if (!content.startsWith("---", start) && !content.startsWith("...", start)) {
            return -1;
        }
        int markerEnd = start + 3;
        int blankEnd = blankRunEnd(content, markerEnd);
        if (blankEnd == content.length()) {
            return blankEnd;
        }
        int lineFeed = lastLineFeed(content, markerEnd, blankEnd);
        return lineFeed < 0 ? -1 : lineFeed + 1;
    }

    /** Where the run of Ruby's {@code \s} starting at {@code from} ends. */
    private static int blankRunEnd(String content, int from) {
        int end = from;
        while (end < content.length() && isRubySpace(content.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The last line feed in {@code [from, to)}, or -1. */
    private static int lastLineFeed(String content, int from, int to) {
        int lineFeed = content.lastIndexOf('\n', to - 1);
        return lineFeed >= from ? lineFeed : -1;
    }

    /** Ruby's {@code \s}. */
    private static boolean isRubySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int lineFeeds(String content, int end) {
        int count = 0;
        for (int i = content.indexOf('\n'); i >= 0 && i < end; i = content.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }
}
