package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the user promised a person ("review Ana's draft by Friday"): the day it was made, an
 * optional due day, and whether it is open, kept, broken or dropped (with the day it was closed).
 */
public record Promise(long id, long personId, String text, LocalDate madeOn, LocalDate due, State state,
                      LocalDate closedOn) {

    public static final int MAX_TEXT = 1000;

    public enum State {
        OPEN, KEPT, BROKEN, DROPPED;

        public String label() {
            return t("people.promise.state." + name().toLowerCase(Locale.ROOT));
        }
    }

    public Promise {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(madeOn, "madeOn");
        state = state == null ? State.OPEN : state;
        if (text.isEmpty()) {
            throw new IllegalArgumentException(t("people.error.promise.empty"));
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(t("people.error.promise.too.long", MAX_TEXT));
        }
        if (state == State.OPEN) {
            closedOn = null;
        } else if (closedOn == null) {
            throw new IllegalArgumentException("a closed promise needs the day it was closed");
        }
    }

    public static Promise open(long personId, String text, LocalDate madeOn, LocalDate due) {
        return new Promise(0, personId, text, madeOn, due, State.OPEN, null);
    }

    /** The promise closed as {@code s} on {@code day} (or opened again when {@code s} is OPEN). */
    public Promise close(State s, LocalDate day) {
        return new Promise(id, personId, text, madeOn, due, s, s == State.OPEN ? null : day);
    }

    /** The order of a person's promises: the open ones first, soonest due first (none due last), then the closed, latest first. */
    public static final Comparator<Promise> ON_PAGE = Comparator.comparing((Promise p) -> p.state != State.OPEN)
            .thenComparing(p -> p.state == State.OPEN ? p.due : null, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> p.closedOn, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Promise::madeOn, Comparator.reverseOrder());

    /** Where it stands, for a timeline's line: "due Fri 11 Dec", "open", "kept on Wed 9 Dec". */
    public String status() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(t("people.promise.line.day"), I18n.locale());
        if (state == State.OPEN) {
            return due == null ? State.OPEN.label() : t("people.promise.status.due", day.format(due));
        }
        return t("people.promise.status.closed", state.label(), day.format(closedOn));
    }

    /** Open and due on or before {@code today}. */
    public boolean isDueBy(LocalDate today) {
        return state == State.OPEN && due != null && !due.isAfter(today);
    }

    /** Kept, and not later than its due day (a promise without a due day counts as on time when kept). */
    public boolean keptOnTime() {
        return state == State.KEPT && (due == null || !closedOn.isAfter(due));
    }
}
