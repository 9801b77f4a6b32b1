package org.rotative.render.kramdown.directive;

import org.commonmark.node.CustomNode;

/** What {@code {::nomarkdown}…{:/}} holds, written as a span: output as is, no Markdown read in it. */
public class InlineRawHtml extends CustomNode {

    private final String html;

    public InlineRawHtml(String html) {
        this.html = html;
    }

    public String getHtml() {
        return html;
    }
}
