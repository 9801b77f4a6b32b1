package org.rotative.render.page;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date as pages show it: ISO for {@code <time datetime>}, and as French readers write it ({@code 1 mars 2021}), on
 * the day of the offset it was written with.
 *
 * @param iso   {@code 2021-03-01}
 * @param label {@code 1 mars 2021}
 */
public record FrenchDate(String iso, String label) {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    /** The date of {@code date}, or null when there is none. */
    public static FrenchDate of(OffsetDateTime date) {
        return date == null ? null : new FrenchDate(date.toLocalDate().toString(), date.format(FRENCH));
    }
}
