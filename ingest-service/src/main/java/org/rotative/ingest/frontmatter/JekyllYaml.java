package org.rotative.ingest.frontmatter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.ConstructorException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML the way Jekyll 4 does ({@code Psych.safe_load} with dates and times permitted, YAML 1.1) and returns
 * JSON values: maps with string keys, lists, strings, numbers, booleans, null. Timestamps become ISO 8601 strings with
 * their offset ({@code 2015-07-17 17:23:00 +02:00} → {@code 2015-07-17T17:23:00+02:00}); one without offset is UTC,
 * as YAML says, shown in the site's time zone; a bare date stays {@code YYYY-MM-DD}.
 */
public final class JekyllYaml {

    /** Jekyll lets Psych resolve aliases; SnakeYAML refuses documents with more than this many. */
    private static final int MAX_ALIASES = 100;
    /**
     * Few aliases can still expand to billions of values ("billion laughs"): a front matter that expands to more
     * values than this is refused. Real ones have tens.
     */
    static final int MAX_VALUES = 100_000;
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter ISO_FRACTION = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX");

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d*))?"
                    + "(?:[ \\t]*(Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?");

    private final ZoneId timezone;

    public JekyllYaml(ZoneId timezone) {
        this.timezone = timezone;
    }

    /**
     * Parses one YAML document.
     *
     * @param text       the YAML
     * @param firstLine  line number of the text's first line in its file, so errors point into the file
     * @return the document as JSON values, or null for an empty document
     * @throws FrontMatterException with the file line and column of the problem
     */
    public Object load(String text, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // Psych keeps the last value, so do we
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        Object loaded;
        try {
            loaded = new Yaml(new Constructor(options)).load(text);
        } catch (MarkedYAMLException e) {
            // The context mark is where the broken construct starts (the '[' never closed, the quote never ended):
            // the line an author must look at. Without one, the problem mark is the place itself.
            Mark mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            String hint = e instanceof InvalidDateException ? "write dates as YYYY-MM-DD HH:MM:SS +HH:MM"
                    : "check the indentation, and quote values that contain ': ' or start with a special character";
            throw new FrontMatterException("invalid YAML: " + problem + context,
                    mark == null ? firstLine : firstLine + mark.getLine(), mark == null ? 0 : mark.getColumn() + 1,
                    hint);
        } catch (YAMLException e) {
            throw new FrontMatterException("invalid YAML: " + e.getMessage(), firstLine, 0,
                    "simplify the front matter");
        } catch (IllegalArgumentException e) {
            // SnakeYAML checks some values outside its YAMLException hierarchy, e.g. a tag that decodes to
            // trailing spaces ("!02%20", found by fuzzing).
            throw new FrontMatterException("invalid YAML: " + e.getMessage(), firstLine, 0,
                    "remove or quote the value starting with '!' (a YAML tag)");
        }
        int[] budget = {MAX_VALUES};
        return toJson(loaded, budget, firstLine);
    }

    /** Turns what SnakeYAML built into plain JSON values, within a budget of values (aliases are expanded). */
    private static Object toJson(Object value, int[] budget, int firstLine) {
        if (--budget[0] < 0) {
            throw new FrontMatterException("invalid YAML: the front matter expands to more than " + MAX_VALUES
                    + " values through its aliases (*name): refused as an alias bomb", firstLine, 0,
                    "write the values out instead of repeating aliases of aliases");
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> json = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.put(String.valueOf(toJson(e.getKey(), budget, firstLine)), toJson(e.getValue(), budget,
                        firstLine));
            }
            return json;
        }
        if (value instanceof Collection<?> list) {
            List<Object> json = new ArrayList<>(list.size());
            for (Object v : list) {
                json.add(toJson(v, budget, firstLine));
            }
            return json;
        }
        if (value instanceof OffsetDateTime t) {
            return (t.getNano() == 0 ? ISO_SECONDS : ISO_FRACTION).format(t);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value;
    }

    /** SnakeYAML's safe constructor, with timestamps built as Psych builds them. */
    private final class Constructor extends SafeConstructor {
        Constructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructTimestamp());
        }

        private final class ConstructTimestamp extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String text = constructScalar((ScalarNode) node).trim();
                Matcher m = TIMESTAMP.matcher(text);
                if (!m.matches()) {
                    return text;
                }
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                int day = Integer.parseInt(m.group(3));
                try {
                    if (m.group(4) == null) {
                        return LocalDate.of(year, month, day);
                    }
                    String fraction = m.group(7) == null ? "" : m.group(7);
                    int nanos = fraction.isEmpty() ? 0
                            : Integer.parseInt((fraction + "000000000").substring(0, 9));
                    LocalDateTime local = LocalDateTime.of(year, month, day, Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), nanos);
                    String zone = m.group(8);
                    if (zone == null) {
                        return local.atOffset(ZoneOffset.UTC).atZoneSameInstant(timezone).toOffsetDateTime();
                    }
                    return local.atOffset(offset(zone));
                } catch (java.time.DateTimeException e) {
                    throw new InvalidDateException(text, e.getMessage(), node.getStartMark());
                }
            }
        }
    }

    /** A timestamp-shaped value that is no real date (a 31 February, an hour 25). */
    private static final class InvalidDateException extends ConstructorException {
        InvalidDateException(String text, String reason, Mark mark) {
            super(null, null, "invalid date " + text + " (" + reason + ")", mark);
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
