package app.microlead.journal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The journaling streak: consecutive days written. Today not yet written does not break a streak
 * that reaches yesterday (the evening is not over).
 */
public record JournalStreaks(int current, int best, int daysThisMonth, int daysThisYear) {

    /** @param dates every day written, oldest first, without duplicates */
    public static JournalStreaks of(List<LocalDate> dates, LocalDate today) {
        int best = 0;
        int run = 0;
        LocalDate prev = null;
        int month = 0;
        int year = 0;
        YearMonth thisMonth = YearMonth.from(today);
        for (LocalDate d : dates) {
            if (d.isAfter(today)) {
                break;
            }
            run = prev != null && ChronoUnit.DAYS.between(prev, d) == 1 ? run + 1 : 1;
            best = Math.max(best, run);
            prev = d;
            if (YearMonth.from(d).equals(thisMonth)) {
                month++;
            }
            if (d.getYear() == today.getYear()) {
                year++;
            }
        }
        int current = prev != null && !prev.isBefore(today.minusDays(1)) ? run : 0;
        return new JournalStreaks(current, best, month, year);
    }
}
