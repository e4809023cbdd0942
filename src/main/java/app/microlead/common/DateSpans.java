package app.microlead.common;

import java.time.LocalDate;
import java.util.function.BiPredicate;

/**
 * Days walked newest first in spans that double (32 days, then 64, 128, …): a reader that stops as soon as it
 * has found what it looks for reads a few weeks of a long journal, and one that never stops reads it all in a
 * dozen steps.
 */
public final class DateSpans {

    public static final int FIRST_SPAN_DAYS = 32;

    private DateSpans() {
    }

    /**
     * Gives {@code span} each span's first and last day, the newest span first, until it answers false or the
     * spans have passed {@code first}; nothing when {@code last} is before {@code first}.
     */
    public static void newestFirst(LocalDate first, LocalDate last, BiPredicate<LocalDate, LocalDate> span) {
        long days = FIRST_SPAN_DAYS;
        for (LocalDate to = last; !to.isBefore(first); to = to.minusDays(days), days *= 2) {
            if (!span.test(to.minusDays(days - 1), to)) {
                return;
            }
        }
    }
}
