package org.rotative.render.liquid;

import java.text.SimpleDateFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liquid Jekyll renders in article bodies before the Markdown: {@code {{ site.… }}}, {@code {{ page.… }}},
 * {@code {% include %}}, {@code {% highlight %}} (without Rouge's colouring), {@code {% link %}},
 * {@code {% post_url %}}, {@code {% raw %}} and {@code {% comment %}}, with whitespace control ({@code {%-}, {@code -%}}).
 * Unknown variables are empty, as with Jekyll's lax default. A tag this renderer does not know (including Liquid's
 * {@code if}, {@code for}, {@code assign}), a filter, or a tag that fails (an include or a document that is not there)
 * leaves the whole body as written, with a warning: what Jekyll does when Liquid raises.
 */
public final class LiquidRenderer {

    private static final Pattern MARKUP = Pattern.compile(
            "\\{\\{(-?)(.*?)(-?)\\}\\}|\\{%(-?)\\s*(\\w+)(.*?)(-?)%\\}", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile(
            "[A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*|\\[\\d+\\]|\\[\"[^\"]*\"\\]|\\['[^']*'\\])*");
    private static final Pattern PATH_PART = Pattern.compile("\\.([A-Za-z_][\\w-]*)|\\[(\\d+)\\]|\\[\"([^\"]*)\"\\]|\\['([^']*)'\\]");
    private static final Pattern INCLUDE_PARAM = Pattern.compile(
            "([\\w-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s]+)");
    private static final Pattern LANGUAGE = Pattern.compile("[\\w+#.-]+");
    private static final int MAX_INCLUDE_DEPTH = 10;
    private static final DateTimeFormatter RUBY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx");

    /**
     * Renders the Liquid of a body; a body without {@code {{} or {@code {%} is returned as it is, as Jekyll skips
     * Liquid for it.
     */
    public LiquidResult render(String body, LiquidContext context) {
        if (body == null || !(body.contains("{{") || body.contains("{%"))) {
            return new LiquidResult(body, List.of());
        }
        try {
            List<Node> nodes = new Parser(body).parse(Set.of()).nodes;
            return new LiquidResult(new Renderer(context).render(nodes, Map.of(), 0), List.of());
        } catch (LiquidException e) {
            return new LiquidResult(body, List.of("Liquid left as written (line " + e.line + " of the body): "
                    + e.getMessage()));
        }
    }

    // --- parsing ---------------------------------------------------------------------------------------------------

    private sealed interface Node permits Text, Output, Tag, Highlight {
    }

    private record Text(String text) implements Node {
    }

    private record Output(String markup, int line) implements Node {
    }

    /** A tag without body: include, link, post_url. */
    private record Tag(String name, String markup, int line) implements Node {
    }

    private record Highlight(String language, List<Node> body, int line) implements Node {
    }

    private record Parsed(List<Node> nodes, String endTag) {
    }

    private static final class Parser {
        private final String source;
        private final Matcher matcher;
        private int position;
        private int countedTo;
        private int countedLines = 1;
        /**
         * Where the last closing {@code }}} or {@code %}} ends: no markup starts after it, and the search stops there
         * rather than trying every later {@code {{} to the end of the body (quadratic on a body full of them).
         */
        private final int markupEnd;
        private boolean trimNext;

        Parser(String source) {
            this.source = source;
            this.matcher = MARKUP.matcher(source);
            this.markupEnd = Math.max(source.lastIndexOf("}}"), source.lastIndexOf("%}")) + 2;
        }

        /** Nodes up to one of {@code endTags} (consumed), or to the end when it is empty. */
        Parsed parse(Set<String> endTags) {
            List<Node> nodes = new ArrayList<>();
            while (position < markupEnd && matcher.region(position, markupEnd).find()) {
                addText(nodes, source.substring(position, matcher.start()), matcher.group(1) != null
                        ? "-".equals(matcher.group(1)) : "-".equals(matcher.group(4)));
                int line = line(matcher.start());
                position = matcher.end();
                if (matcher.group(2) != null) {
                    trimNext = "-".equals(matcher.group(3));
                    nodes.add(new Output(matcher.group(2).strip(), line));
                    continue;
                }
                String name = matcher.group(5);
                String markup = matcher.group(6).strip();
                trimNext = "-".equals(matcher.group(7));
                if (endTags.contains(name)) {
                    return new Parsed(nodes, name);
                }
                switch (name) {
                    case "raw" -> nodes.add(new Text(skipTo("endraw", line)));
                    case "comment" -> skipTo("endcomment", line);
                    case "highlight" -> {
                        if (!LANGUAGE.matcher(markup).matches()) {
                            throw new LiquidException(line, "highlight options are not supported: " + markup);
                        }
                        Parsed body = parse(Set.of("endhighlight"));
                        if (body.endTag == null) {
                            throw new LiquidException(line, "tag 'highlight' is never closed by endhighlight");
                        }
                        nodes.add(new Highlight(markup, body.nodes, line));
                    }
                    case "include", "link", "post_url" -> nodes.add(new Tag(name, markup, line));
                    default -> throw new LiquidException(line, "unknown tag '" + name + "'");
                }
            }
            addText(nodes, source.substring(position), false);
            position = source.length();
            return new Parsed(nodes, null);
        }

        /** The raw text up to {@code {% end %}}, which is consumed. */
        private String skipTo(String end, int line) {
            Matcher close = Pattern.compile("\\{%(-?)\\s*" + end + "\\s*(-?)%\\}").matcher(source);
            if (!close.find(position)) {
                throw new LiquidException(line, "tag '" + end.substring(3) + "' is never closed by " + end);
            }
            String raw = source.substring(position, close.start());
            position = close.end();
            trimNext = "-".equals(close.group(2));
            return raw;
        }

        private void addText(List<Node> nodes, String text, boolean trimEnd) {
            if (trimNext) {
                text = text.stripLeading();
            }
            if (trimEnd) {
                text = text.stripTrailing();
            }
            trimNext = false;
            if (!text.isEmpty()) {
                nodes.add(new Text(text));
            }
        }

        /** The line of an offset; the parser only moves forward, so lines are counted once, not from 0 each time. */
        private int line(int offset) {
            for (; countedTo < offset; countedTo++) {
                if (source.charAt(countedTo) == '\n') {
                    countedLines++;
                }
            }
            return countedLines;
        }
    }

    // --- rendering -------------------------------------------------------------------------------------------------

    private static final class Renderer {
        private final LiquidContext context;

        Renderer(LiquidContext context) {
            this.context = context;
        }

        String render(List<Node> nodes, Map<String, Object> include, int depth) {
            StringBuilder out = new StringBuilder();
            for (Node node : nodes) {
                if (node instanceof Text text) {
                    out.append(text.text());
                } else if (node instanceof Output output) {
                    out.append(print(evaluate(output.markup(), include, output.line()), output.line()));
                } else if (node instanceof Highlight block) {
                    // Jekyll drops the blank lines around the code.
                    String code = render(block.body(), include, depth).replaceAll("\\A[\\n\\r]+|[\\n\\r]+\\z", "");
                    out.append("<figure class=\"highlight\"><pre><code class=\"language-")
                            .append(block.language().replace('+', '-')).append("\" data-lang=\"")
                            .append(block.language()).append("\">").append(escape(code))
                            .append("</code></pre></figure>");
                } else {
                    out.append(tag((Tag) node, include, depth));
                }
            }
            return out.toString();
        }

        private String tag(Tag tag, Map<String, Object> include, int depth) {
            switch (tag.name()) {
                case "link" -> {
                    return context.links().link(tag.markup()).orElseThrow(() -> new LiquidException(tag.line(),
                            "could not find document '" + tag.markup() + "' in tag 'link'"));
                }
                case "post_url" -> {
                    return context.links().postUrl(tag.markup()).orElseThrow(() -> new LiquidException(tag.line(),
                            "could not find post '" + tag.markup() + "' in tag 'post_url'"));
                }
                default -> {
                    return include(tag, include, depth);
                }
            }
        }

        private String include(Tag tag, Map<String, Object> outer, int depth) {
            String[] parts = tag.markup().split("\\s+", 2);
            String file = parts[0];
            if (file.isEmpty() || file.contains("..") || file.startsWith("/") || file.contains("{")) {
                throw new LiquidException(tag.line(), "include needs a file name inside _includes, got '"
                        + tag.markup() + "'");
            }
            if (depth >= MAX_INCLUDE_DEPTH) {
                throw new LiquidException(tag.line(), "includes nested deeper than " + MAX_INCLUDE_DEPTH);
            }
            Map<String, Object> params = new HashMap<>();
            if (parts.length > 1) {
                Matcher param = INCLUDE_PARAM.matcher(parts[1]);
                while (param.find()) {
                    params.put(param.group(1), evaluate(param.group(2), outer, tag.line()));
                }
            }
            String text = context.includes().read(file).orElseThrow(() -> new LiquidException(tag.line(),
                    "could not locate the included file '" + file + "' in _includes"));
            try {
                return render(new Parser(text).parse(Set.of()).nodes, params, depth + 1);
            } catch (LiquidException e) {
                throw new LiquidException(tag.line(), "in _includes/" + file + ", line " + e.line + ": "
                        + e.getMessage());
            }
        }

        /** A literal or a variable; filters are not supported. */
        private Object evaluate(String markup, Map<String, Object> include, int line) {
            if (markup.contains("|")) {
                throw new LiquidException(line, "filters are not supported: " + markup);
            }
            if (markup.isEmpty() || markup.equals("nil") || markup.equals("null")) {
                return null;
            }
            if (markup.length() >= 2 && (markup.startsWith("\"") && markup.endsWith("\"")
                    || markup.startsWith("'") && markup.endsWith("'"))) {
                return markup.substring(1, markup.length() - 1);
            }
            if (markup.matches("-?\\d+(\\.\\d+)?")) {
                return markup;
            }
            if (markup.equals("true") || markup.equals("false")) {
                return Boolean.valueOf(markup);
            }
            if (!VARIABLE.matcher(markup).matches()) {
                throw new LiquidException(line, "expression not supported: " + markup);
            }
            int end = markup.indexOf('.') < 0 && markup.indexOf('[') < 0 ? markup.length()
                    : firstOf(markup.indexOf('.'), markup.indexOf('['));
            Object value = switch (markup.substring(0, end)) {
                case "site" -> context.site();
                case "page" -> context.page();
                case "include" -> include;
                default -> null;
            };
            Matcher part = PATH_PART.matcher(markup);
            int at = end;
            while (value != null && at < markup.length() && part.find(at) && part.start() == at) {
                value = member(value, part);
                at = part.end();
            }
            return at < markup.length() ? null : value;
        }

        private static Object member(Object value, Matcher part) {
            String key = part.group(1) != null ? part.group(1) : part.group(3) != null ? part.group(3)
                    : part.group(4);
            if (value instanceof Map<?, ?> map && key != null) {
                return map.get(key);
            }
            if (value instanceof List<?> list) {
                if (part.group(2) != null) {
                    int index = Integer.parseInt(part.group(2));
                    return index < list.size() ? list.get(index) : null;
                }
                return switch (key) {
                    case "size" -> list.size();
                    case "first" -> list.isEmpty() ? null : list.get(0);
                    case "last" -> list.isEmpty() ? null : list.get(list.size() - 1);
                    default -> null;
                };
            }
            if (value instanceof String text && "size".equals(key)) {
                return text.length();
            }
            return null;
        }

        private static int firstOf(int a, int b) {
            return a < 0 ? b : b < 0 ? a : Math.min(a, b);
        }

        /** As Liquid prints values: nothing for nil, lists concatenated, times as Ruby's {@code Time#to_s}. */
        private static String print(Object value, int line) {
            if (value == null) {
                return "";
            }
            if (value instanceof List<?> list) {
                StringBuilder out = new StringBuilder();
                list.forEach(item -> out.append(print(item, line)));
                return out.toString();
            }
            if (value instanceof Map) {
                throw new LiquidException(line, "printing a whole mapping is not supported");
            }
            if (value instanceof OffsetDateTime time) {
                return time.format(RUBY_TIME);
            }
            if (value instanceof Date date) {
                SimpleDateFormat utc = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss Z");
                utc.setTimeZone(TimeZone.getTimeZone("UTC"));
                return utc.format(date);
            }
            return value.toString();
        }

        private static String escape(String code) {
            return code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    /** A Liquid problem, at a line of the text being rendered. */
    private static final class LiquidException extends RuntimeException {
        final int line;

        LiquidException(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
