package app.microlead.export;

import app.microlead.people.Attention;
import app.microlead.people.PeopleService;
import app.microlead.people.Person;
import app.microlead.people.PersonPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One person over a period, for their own PDF: what happened with them then, and when things last happened. */
public record PersonReport(PersonPeriod period, Attention attention, LocalDate from, LocalDate to) {

    public PersonReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(attention, "attention");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    /** Reads the person's period (call it off the UI thread). */
    public static PersonReport load(PeopleService people, Person person, LocalDate from, LocalDate to) {
        // the attention first: it reads the whole journal, and the period then uses that read (asked first, a
        // short period would read its own days as well)
        Attention attention = people.attention(person.id());
        PersonPeriod p = people.period(from, to).stream().filter(x -> x.person().id() == person.id()).findFirst()
                .orElseGet(() -> new PersonPeriod(person, List.of(), List.of(), 0,
                        List.of(), List.of()));
        return new PersonReport(p, attention, from, to);
    }
}
