package org.rotative.render.kramdown.ial.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the inside of {@code {: … }} as kramdown's {@code parse_attribute_list} does: {@code .class} (any characters
 * but spaces, dots and hashes, so {@code .encadré} works), {@code #id}, {@code key="value"} or {@code key='value'};
 * anything else is ignored, so that {@code {:target=_"blank"}} gives no attribute at all.
 */
final class AttributeListSyntax {

    private static final String NAME = "\\w[\\w-]*";
    private static final String ID = "#([A-Za-z][\\w:-]*)";
    private static final String CLASS = "\\.([^\\s.#]+)";
    /** kramdown's {@code ALD_TYPE_ANY}: a key="value" pair, a definition's name, or ids and classes. */
    private static final Pattern ITEM = Pattern.compile("(?:\\A|\\s)(?:(" + NAME + ")=(\"|')"
            + "((?:\\\\\\}|\\\\\\2|[^}])*?)\\2|(" + NAME + ")|((?:" + ID + "|" + CLASS + ")+))(?=\\s|\\Z)");
    private static final Pattern ID_OR_CLASS = Pattern.compile(ID + "|" + CLASS);

    /** Attributes and references to attribute list definitions, in the order written. */
    record Parsed(Map<String, String> attributes, List<String> references) {
    }

    static Parsed parse(String content) {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> references = new ArrayList<>();
        Matcher item = ITEM.matcher(content);
        while (item.find()) {
            if (item.group(1) != null) {
                attributes.put(item.group(1), unescape(item.group(3), item.group(2)));
            } else if (item.group(4) != null) {
                references.add(item.group(4));
            } else if (item.group(5) != null) {
                Matcher idOrClass = ID_OR_CLASS.matcher(item.group(5));
                while (idOrClass.find()) {
                    if (idOrClass.group(1) != null) {
                        attributes.put("id", idOrClass.group(1));
                    } else {
                        attributes.merge("class", idOrClass.group(2), (a, b) -> a + " " + b);
                    }
                }
            }
        }
        return new Parsed(attributes, references);
    }

    /** A quoted value without the backslashes that escape its quote or a closing brace. */
    private static String unescape(String value, String quote) {
        return value.indexOf('\\') < 0 ? value : value.replaceAll("\\\\([}" + quote + "])", "$1");
    }

    /** Adds attributes the way kramdown applies a list: classes add up, other attributes replace. */
    static void merge(Map<String, String> attributes, Map<String, String> added) {
        added.forEach((name, value) -> attributes.merge(name, value,
                (old, value2) -> "class".equals(name) ? old + " " + value2 : value2));
    }

    private AttributeListSyntax() {
    }
}
