package app.microlead.people;

import static app.microlead.common.I18n.t;

import java.time.LocalDate;
import java.util.List;

/**
 * How many promises were kept on time in a period: "kept 9 of 11 on time this month". A promise counts
 * in the period its due day falls in (without a due day: the day it was closed); dropped promises do
 * not count, and an open one counts (as not kept) only once it is overdue (a kept or broken one counts
 * as soon as it is closed). Kept on time means kept no later than the due day.
 */
public record PromiseStats(int keptOnTime, int counted) {

    public static PromiseStats of(List<Promise> promises, LocalDate from, LocalDate to, LocalDate today) {
        int kept = 0;
        int counted = 0;
        for (Promise p : promises) {
            if (p.state() == Promise.State.DROPPED) {
                continue;
            }
            LocalDate day = p.due() != null ? p.due() : p.closedOn();
            if (day == null || day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            if (p.state() == Promise.State.OPEN && !day.isBefore(today)) {
                continue;
            }
            counted++;
            if (p.keptOnTime()) {
                kept++;
            }
        }
        return new PromiseStats(kept, counted);
    }

    /** The calendar month {@code today} is in. */
    public static PromiseStats thisMonth(List<Promise> promises, LocalDate today) {
        return of(promises, today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()), today);
    }

    /** "You kept 9 of 11 promises on time this month.", or that none was due yet (for {@link #thisMonth}). */
    public String thisMonthSentence() {
        return counted == 0 ? t("people.promises.month.none") : t("people.promises.month", keptOnTime, counted);
    }

    /** The share kept on time (0–1), or -1 when nothing counted. */
    public double rate() {
        return counted == 0 ? -1 : (double) keptOnTime / counted;
    }
}
