package org.rotative.render.preview;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Jekyll file cut into its front matter and its body, as Jekyll does: the file starts with a {@code ---} line, the
 * front matter ends at the next {@code ---} or {@code ...} line, and the body starts after that line (blank lines
 * right after it are part of the match, {@code Document::YAML_FRONT_MATTER_REGEXP}). YAML 1.1 (SnakeYAML), like
 * Jekyll's Psych. The service gets front matter already parsed by ingest; this is for files read offline.
 *
 * @param data the front matter, empty when the file has none
 * @param body the Markdown after it
 */
public record FrontMatter(Map<String, Object> data, String body) {

    private static final Pattern BLOCK = Pattern.compile("\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern OPENING = Pattern.compile("\\A---\\s*\\n");

    /**
     * Cuts a file's text.
     *
     * @throws InvalidFrontMatterException when the front matter is not closed, not YAML, or not a mapping
     */
    public static FrontMatter parse(String text) {
        String unix = text.replace("\r\n", "\n");
        Matcher block = BLOCK.matcher(unix);
        if (!block.find()) {
            if (OPENING.matcher(unix).find()) {
                throw new InvalidFrontMatterException(1, "the front matter opened here is never closed: "
                        + "no --- or ... line ends it");
            }
            return new FrontMatter(Map.of(), unix);
        }
        String yaml = block.group(1).substring(block.group(1).indexOf('\n') + 1);
        return new FrontMatter(mapping(yaml, 2), unix.substring(block.end()));
    }

    /**
     * A YAML document that must be a mapping (a front matter, a {@code _config.yml}); empty when it holds nothing.
     *
     * @param firstLine line of the file the YAML text starts on, for error messages
     * @throws InvalidFrontMatterException naming the line of the problem
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mapping(String yaml, int firstLine) {
        Object value;
        try {
            value = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            String column = mark == null ? "" : " (column " + (mark.getColumn() + 1) + ")";
            Mark start = e.getContextMark();
            String context = e.getContext() == null ? ""
                    : e.getContext() + (start != null && mark != null && start.getLine() != mark.getLine()
                            ? " started on line " + (firstLine + start.getLine()) : "") + ", ";
            throw new InvalidFrontMatterException(line, "invalid YAML" + column + ": " + context + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidFrontMatterException(firstLine, "invalid YAML: " + e.getMessage());
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw new InvalidFrontMatterException(firstLine, "YAML holds a " + kind(value)
                    + ", not a mapping of keys to values (key: value)");
        }
        return (Map<String, Object>) value;
    }

    private static String kind(Object value) {
        return value instanceof java.util.List ? "list" : "single value (" + value + ")";
    }

    /** A front matter or configuration that cannot be read, with the line of the file at fault. */
    public static final class InvalidFrontMatterException extends RuntimeException {

        private final int line;

        InvalidFrontMatterException(int line, String problem) {
            super(problem);
            this.line = line;
        }

        /** The line of the file, from 1. */
        public int line() {
            return line;
        }
    }
}
