package org.rotative.render.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Expected texts from Jekyll 4.3 / Liquid 5.4 (the oracle's kramdown-render on the same bodies). */
class LiquidRendererTest {

    private final LiquidRenderer liquid = new LiquidRenderer();
    private final LiquidContext context = new LiquidContext(Map.of("title", "Site de test"),
            Map.of("title", "Essai", "tags", List.of("a", "b"), "auteur", "Rédaction"),
            name -> name.equals("encart.html") ? Optional.of("<span class=\"inclus\">{{ include.texte }}</span>")
                    : Optional.empty(),
            new LiquidContext.Links() {
                @Override
                public Optional<String> link(String path) {
                    return path.equals("_actualites/a.md") ? Optional.of("/actualites/a/") : Optional.empty();
                }

                @Override
                public Optional<String> postUrl(String name) {
                    return name.equals("2016-03-23-welcome") ? Optional.of("/2016/03/23/welcome.html")
                            : Optional.empty();
                }
            });

    @Test
    void variablesOfTheSiteAndThePageUnknownOnesEmpty() {
        assertRendered("Titre : Essai, ab, 2, Site de test, .",
                "Titre : {{ page.title }}, {{ page.tags }}, {{ page.tags.size }}, {{site.title}}, {{ page.absent }}.");
        assertRendered("b a", "{{ page.tags[1] }} {{ page.tags.first }}");
    }

    @Test
    void includesWithParameters() {
        assertRendered("Site : Site de test ; auteur : Rédaction.\n\n<span class=\"inclus\">inclus</span>",
                "Site : {{ site.title }} ; auteur : {{ page.auteur }}.\n\n{% include encart.html texte=\"inclus\" %}");
        assertRendered("<span class=\"inclus\">Essai</span>", "{% include encart.html texte=page.title %}");
    }

    @Test
    void highlightAsJekyllWritesItWithoutColouring() {
        assertRendered("<figure class=\"highlight\"><pre><code class=\"language-c--\" data-lang=\"c++\">"
                + "a &lt; b &amp;&amp; c\n  d</code></pre></figure>\n",
                "{% highlight c++ %}\n\na < b && c\n  d\n{% endhighlight %}\n");
    }

    @Test
    void rawCommentsAndWhitespaceControl() {
        assertRendered("{{ pas rendu }} {% if %}\nfin", "{% raw %}{{ pas rendu }} {% if %}{% endraw %}\n"
                + "{%- comment -%} rien {%- endcomment %}\nfin");
        assertRendered("a-b", "a- {{- page.absent -}} \n b".replace(" b", "b"));
    }

    @Test
    void linksToTheSiteDocuments() {
        assertRendered("[A](/actualites/a/) [B](/2016/03/23/welcome.html)",
                "[A]({% link _actualites/a.md %}) [B]({% post_url 2016-03-23-welcome %})");
    }

    @Test
    void whatFailsLeavesTheBodyAsWrittenWithAWarning() {
        assertLeftAsWritten("Voir {% post_url 2010-01-01-absent %} et {{ site.title }}.",
                "line 1 of the body): could not find post '2010-01-01-absent' in tag 'post_url'");
        assertLeftAsWritten("a\n{% if page.title %}x{% endif %}", "line 2 of the body): unknown tag 'if'");
        assertLeftAsWritten("{% include absent.html %}",
                "could not locate the included file 'absent.html' in _includes");
        assertLeftAsWritten("{{ page.title | upcase }}", "filters are not supported: page.title | upcase");
        assertLeftAsWritten("{% highlight ruby %}\nx", "tag 'highlight' is never closed by endhighlight");
        assertLeftAsWritten("{% raw %}x", "tag 'raw' is never closed by endraw");
    }

    @Test
    void aBodyWithoutLiquidIsLeftAlone() {
        LiquidResult result = liquid.render("Rien { % ici } {x}", context);
        assertEquals(new LiquidResult("Rien { % ici } {x}", List.of()), result);
    }

    private void assertRendered(String expected, String body) {
        assertEquals(new LiquidResult(expected, List.of()), liquid.render(body, context));
    }

    private void assertLeftAsWritten(String body, String warning) {
        LiquidResult result = liquid.render(body, context);
        assertEquals(body, result.text());
        assertEquals(1, result.warnings().size());
        String actual = result.warnings().get(0);
        assertEquals(true, actual.startsWith("Liquid left as written (") && actual.endsWith(warning), actual);
    }
}
