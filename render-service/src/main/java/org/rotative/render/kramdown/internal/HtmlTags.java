package org.rotative.render.kramdown.internal;

import java.util.Set;
import java.util.regex.Pattern;

/** What kramdown's HTML parser knows of tags, shared by the extensions that read raw HTML. */
public final class HtmlTags {

    /** kramdown's {@code HTML_ELEMENTS_WITHOUT_BODY}: no end tag follows them. */
    public static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "command", "embed", "hr",
            "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    /** A tag as an inline HTML node holds it: the {@code /} of an end tag, the name, the {@code /} of {@code />}. */
    public static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w:.-]*)[^>]*?(/?)>", Pattern.DOTALL);

    private HtmlTags() {
    }
}
