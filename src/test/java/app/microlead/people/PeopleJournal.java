package app.microlead.people;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.ManualScheduler;
import app.microlead.common.MutableClock;
import app.microlead.common.StubDialogs;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A real journal (H2 file, real migrations) with the People view model on it, its work done at once on
 * the calling thread: for the tests that use People as a user would.
 */
final class PeopleJournal implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.parse("2026-03-12");

    final Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-12T17:00:00Z"));
    final JdbcPeopleRepository repo;
    final JdbcJournalRepository journal;
    final PeopleService service;
    final StubDialogs dialogs = new StubDialogs();
    final ManualScheduler scheduler = new ManualScheduler();
    final PeopleViewModel vm;

    PeopleJournal(Path dir) {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcPeopleRepository(db);
        journal = new JdbcJournalRepository(db, clock);
        service = new PeopleService(repo, journal, new JdbcHabitRepository(db), clock);
        vm = new PeopleViewModel(service, new DirectTaskRunner(), scheduler, dialogs);
        vm.load();
    }

    /** Adds {@code name} as the user does, in the add field (the same-name question answered as set). */
    void add(String name) {
        vm.newNameProperty().set(name);
        vm.add();
    }

    /** A person stored directly, with a team. */
    Person person(String name, String team) {
        return repo.add(new Person(0, name, "", team, null, "", Person.Cadence.NONE, false, TODAY.minusYears(1),
                false, null));
    }

    void write(LocalDate day, String text) {
        journal.save(new Entry(day, text, null, null, List.of(), List.of(), null, null));
    }

    /** {@code @} completion over this journal's roster. */
    MentionCompletionViewModel completion() {
        MentionCompletionViewModel c = new MentionCompletionViewModel(service, new DirectTaskRunner());
        c.showDay(TODAY);
        return c;
    }

    @Override
    public void close() {
        db.close();
    }
}
