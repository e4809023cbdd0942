package app.microlead.people;

import app.microlead.common.Pillar;
import java.time.LocalDate;

/** One line of a person's timeline: a journal day, a check-in, a 1:1 or a promise. */
public record Timeline(LocalDate date, Kind kind, String text, Pillar pillar, long refId) {

    public enum Kind { JOURNAL, CHECK_IN, ONE_ON_ONE, PROMISE }
}
