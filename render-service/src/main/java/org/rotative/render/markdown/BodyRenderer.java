package org.rotative.render.markdown;

import java.util.ArrayList;
import java.util.List;

import org.rotative.render.liquid.LiquidContext;
import org.rotative.render.liquid.LiquidRenderer;
import org.rotative.render.liquid.LiquidResult;

/**
 * An article body as Jekyll renders it: Liquid first, then Markdown. Shared by the service and the offline preview,
 * so both give the same HTML.
 */
public final class BodyRenderer {

    /** Front matter key that turns Liquid off for one file, as in Jekyll. */
    static final String RENDER_WITH_LIQUID = "render_with_liquid";

    private final MarkdownRenderer markdown;
    private final LiquidRenderer liquid = new LiquidRenderer();

    public BodyRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * A body's HTML, with the warnings of its Liquid (left as written when a tag is unknown or fails) and of its
     * Markdown (read otherwise than meant, see {@link MarkdownRenderer#renderReporting}).
     *
     * @param html     the HTML fragment
     * @param warnings Liquid's, then Markdown's; empty when all went well
     */
    public record Body(String html, List<String> warnings) {
    }

    public Body render(String body, LiquidContext context) {
        if (Boolean.FALSE.equals(context.page().get(RENDER_WITH_LIQUID))) {
            MarkdownRenderer.Rendered html = markdown.renderReporting(body);
            return new Body(html.html(), html.warnings());
        }
        LiquidResult afterLiquid = liquid.render(body, context);
        MarkdownRenderer.Rendered html = markdown.renderReporting(afterLiquid.text());
        List<String> warnings = new ArrayList<>(afterLiquid.warnings());
        warnings.addAll(html.warnings());
        return new Body(html.html(), List.copyOf(warnings));
    }
}
