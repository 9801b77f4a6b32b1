package org.rotative.render.liquid;

import java.util.List;

/**
 * A body after its Liquid: rendered, or left as written when a tag is unknown or fails (what Jekyll's oracle does),
 * with the reason.
 *
 * @param text     the text for the Markdown renderer
 * @param warnings why the Liquid was left as written, with its line; empty when it was rendered
 */
public record LiquidResult(String text, List<String> warnings) {
}
