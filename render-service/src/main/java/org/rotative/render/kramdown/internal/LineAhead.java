package org.rotative.render.kramdown.internal;

import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/** Bounded look-ahead for inline parsers, so that a paragraph of many trigger characters stays linear. */
public final class LineAhead {

    /** Moves the scanner up to {@code count} characters ahead, not past the end of the line, and says where it is. */
    public static Position skip(Scanner scanner, int count) {
        for (int i = 0; i < count && scanner.hasNext() && scanner.peek() != '\n'; i++) {
            scanner.next();
        }
        return scanner.position();
    }

    private LineAhead() {
    }
}
