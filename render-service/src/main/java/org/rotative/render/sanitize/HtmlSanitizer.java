package org.rotative.render.sanitize;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Cleaner;
import org.rotative.render.RenderConfig;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Cleans the HTML of articles from untrusted sources (newsroom events by default, see ingest's
 * {@code trusted-sources}) against {@link ArticleSafelist}, and says what it removed, so that the editor sees it in
 * the article's status rather than wondering where an embed went.
 */
@Singleton
public class HtmlSanitizer {

    private final ArticleSafelist safelist;
    private final Cleaner cleaner;
    /** Relative URLs are resolved against it only to check their scheme; they are kept as written. */
    private final String baseUri;

    @Inject
    public HtmlSanitizer(RenderConfig config) {
        this(config.untrusted().embedHosts(), config.siteUrl());
    }

    /**
     * @param embedHosts hosts whose HTTPS frames are kept (video players)
     * @param siteUrl    the site's address, against which relative links are checked
     */
    public HtmlSanitizer(List<String> embedHosts, String siteUrl) {
        this.safelist = new ArticleSafelist(Set.copyOf(embedHosts));
        this.cleaner = new Cleaner(safelist);
        this.baseUri = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /** The cleaning of one article's fragments: none for a trusted source, the allowlist for the others. */
    public Cleaning cleaning(boolean trusted) {
        return trusted ? new Cleaning(null) : new Cleaning(new TreeMap<>());
    }

    /** Cleans the fragments of one article and gathers what it removed from them; one article at a time. */
    public final class Cleaning {

        /** How often each removed element or attribute was met; null when the source is trusted. */
        private final Map<String, Integer> removed;

        private Cleaning(Map<String, Integer> removed) {
            this.removed = removed;
        }

        /** The fragment without what the allowlist refuses. */
        public String html(String fragment) {
            if (removed == null) {
                return fragment;
            }
            Document dirty = Jsoup.parseBodyFragment(fragment, baseUri);
            for (Element element : dirty.body().getAllElements()) {
                if (element != dirty.body()) {
                    count(element);
                }
            }
            Document clean = cleaner.clean(dirty);
            // A frame whose player was refused would stay as an empty box.
            clean.body().select("iframe:not([src])").remove();
            clean.outputSettings().prettyPrint(false);
            return clean.body().html();
        }

        /** The link itself when it may be followed ({@code http(s):}, {@code mailto:}, {@code tel:}, relative). */
        public String link(String href) {
            if (removed == null) {
                return href;
            }
            Element a = new Element(Tag.valueOf("a"), baseUri).attr("href", href);
            if (safelist.isSafeAttribute("a", a, a.attribute("href"))) {
                return href;
            }
            removed.merge("<a href>", 1, Integer::sum);
            return null;
        }

        /** What was removed, e.g. {@code <script> ×2, <a onclick>}; empty when nothing was. */
        public List<String> removed() {
            return removed == null ? List.of() : removed.entrySet().stream()
                    .map(entry -> entry.getValue() == 1 ? entry.getKey() : entry.getKey() + " ×" + entry.getValue())
                    .toList();
        }

        private void count(Element element) {
            String tag = element.normalName();
            if (!safelist.isSafeTag(tag)) {
                removed.merge("<" + tag + ">", 1, Integer::sum);
                return;
            }
            Attributes enforced = safelist.getEnforcedAttributes(tag);
            for (Attribute attribute : element.attributes()) {
                if (!enforced.hasKey(attribute.getKey()) && !safelist.isSafeAttribute(tag, element, attribute)) {
                    removed.merge("<" + tag + " " + attribute.getKey() + ">", 1, Integer::sum);
                }
            }
        }
    }
}
