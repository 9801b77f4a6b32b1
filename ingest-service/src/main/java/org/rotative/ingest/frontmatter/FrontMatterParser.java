package org.rotative.ingest.frontmatter;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into its YAML front matter and its body, as Jekyll's {@code Document#read} does: the file must
 * start with a {@code ---} line, and the front matter ends at the next line that is {@code ---} or {@code ...}.
 */
public final class FrontMatterParser {

    /** Jekyll's {@code YAML_FRONT_MATTER_REGEXP}. */
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("\\A---\\s*\\r?\\n");

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
        if (!HEADER.matcher(content).lookingAt()) {
            throw new FrontMatterException("no front matter: the file must start with a line '---'", 1, 1,
                    "add a YAML front matter between two '---' lines at the top (at least a title)");
        }
        Matcher m = FRONT_MATTER.matcher(content);
        if (!m.find()) {
            throw new FrontMatterException("unterminated front matter: no closing '---' line", 1, 1,
                    "end the front matter with a line that is exactly '---'");
        }
        String block = m.group(1);
        int yamlStart = block.indexOf('\n') + 1;
        Object data = yaml.load(block.substring(yamlStart), 2);
        if (data != null && !(data instanceof Map)) {
            throw new FrontMatterException("the front matter must be a mapping of keys to values, not a "
                    + (data instanceof java.util.List ? "list" : "single value"), 2, 1,
                    "write it as 'key: value' lines");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = data == null ? Map.of() : (Map<String, Object>) data;
        int bodyLine = 1 + (int) content.substring(0, m.end()).chars().filter(c -> c == '\n').count();
        return new ParsedArticle(values, content.substring(m.end()), bodyLine);
    }
}
