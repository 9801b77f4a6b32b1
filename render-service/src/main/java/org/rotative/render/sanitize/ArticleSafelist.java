package org.rotative.render.sanitize;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What an untrusted article may contain: the elements and attributes the site's own articles use (kramdown's output,
 * {@code <figure>}, the classes and ids of attribute lists, video embeds), links and images over HTTP(S) or relative
 * only. Everything else, scripts, styles, event handlers, forms, {@code javascript:} and {@code data:} URLs, is left
 * out.
 */
final class ArticleSafelist extends Safelist {

    /** kramdown aligns table cells with this one declaration; any other inline style could restyle the whole page. */
    private static final Pattern TEXT_ALIGN = Pattern.compile("\\s*text-align:\\s*(left|right|center)\\s*;?\\s*");
    /** A frame is sandboxed, with what a video player needs to play and open its own page. */
    static final String FRAME_SANDBOX = "allow-scripts allow-same-origin allow-presentation allow-popups";

    private final Set<String> embedHosts;

    ArticleSafelist(Set<String> embedHosts) {
        super(Safelist.relaxed());
        this.embedHosts = Set.copyOf(embedHosts);
        addTags("figure", "figcaption", "abbr", "hr", "del", "s", "mark", "section", "nav", "time", "iframe");
        // Attribute lists give any element a class, an id (footnotes, headings and the table of contents link to
        // them), a title or a language.
        addAttributes(":all", "class", "id", "title", "lang", "dir");
        // The obsolete align of the sites' older articles cannot do more than align.
        addAttributes("p", "align");
        addAttributes("div", "align");
        addAttributes("a", "target", "rel", "hreflang");
        addAttributes("img", "srcset", "sizes", "loading", "decoding");
        addAttributes("td", "style");
        addAttributes("th", "style", "scope");
        addAttributes("ol", "reversed");
        addAttributes("li", "value");
        addAttributes("time", "datetime");
        addAttributes("iframe", "src", "width", "height", "allow", "allowfullscreen", "frameborder", "loading",
                "referrerpolicy");
        addEnforcedAttribute("iframe", "sandbox", FRAME_SANDBOX);
        // relaxed() also allows ftp: links and http(s) images; relative links are kept as written.
        removeProtocols("a", "href", "ftp");
        addProtocols("a", "href", "tel");
        preserveRelativeLinks(true);
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        if (!super.isSafeAttribute(tagName, element, attribute)) {
            return false;
        }
        return switch (attribute.getKey().toLowerCase(Locale.ROOT)) {
            case "style" -> TEXT_ALIGN.matcher(attribute.getValue()).matches();
            case "src" -> !"iframe".equals(tagName) || isEmbed(attribute.getValue());
            default -> true;
        };
    }

    /** A video player of a known host, over HTTPS. */
    private boolean isEmbed(String src) {
        try {
            URI uri = URI.create(src.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && embedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
