package org.rotative.render.kramdown.directive;

import org.commonmark.node.CustomBlock;

/** What {@code {::nomarkdown}…{:/}} holds, written as a block: output as is, no Markdown read in it. */
public class RawHtml extends CustomBlock {

    private final String html;

    public RawHtml(String html) {
        this.html = html;
    }

    public String getHtml() {
        return html;
    }
}
