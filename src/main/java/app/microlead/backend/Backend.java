package app.microlead.backend;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.export.ArchiveService;
import app.microlead.habits.HabitService;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.journal.JdbcPromptRepository;
import app.microlead.people.JdbcPeopleRepository;
import app.microlead.people.PeopleService;
import app.microlead.review.JdbcWeeklyReviewRepository;
import app.microlead.storage.Database;
import java.time.Clock;

/**
 * The journal's back end: every feature's repository and the services over them, built from an open
 * database. The app and the command line both start from here, so they read and write a journal the
 * same way; view models and commands are built on top of it.
 */
public final class Backend {

    private final Database database;
    private final Clock clock;
    private final JdbcJournalRepository journal;
    private final JdbcPromptRepository prompts;
    private final JdbcHabitRepository habitRepository;
    private final HabitService habits;
    private final JdbcAssessmentRepository assessments;
    private final JdbcWeeklyReviewRepository reviews;
    private final JdbcPeopleRepository people;
    private final PeopleService peopleService;
    private final ArchiveService archive;

    /** @param appVersion the version written into archives */
    public Backend(Database database, Clock clock, String appVersion) {
        this.database = database;
        this.clock = clock;
        journal = new JdbcJournalRepository(database, clock);
        prompts = new JdbcPromptRepository(database, clock);
        habitRepository = new JdbcHabitRepository(database);
        habits = new HabitService(habitRepository, clock);
        assessments = new JdbcAssessmentRepository(database, clock);
        reviews = new JdbcWeeklyReviewRepository(database, clock);
        people = new JdbcPeopleRepository(database);
        peopleService = new PeopleService(people, journal, habitRepository, clock);
        archive = new ArchiveService(database, journal, prompts, habitRepository, assessments, reviews, people, clock,
                appVersion);
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public JdbcJournalRepository journal() {
        return journal;
    }

    public JdbcPromptRepository prompts() {
        return prompts;
    }

    public JdbcHabitRepository habitRepository() {
        return habitRepository;
    }

    public HabitService habits() {
        return habits;
    }

    public JdbcAssessmentRepository assessments() {
        return assessments;
    }

    public JdbcWeeklyReviewRepository reviews() {
        return reviews;
    }

    /** The roster, 1:1s, promises and the people check-ins name. */
    public JdbcPeopleRepository people() {
        return people;
    }

    /** What the journal knows about each person (mentions, check-ins, 1:1s, promises), read once and cached. */
    public PeopleService peopleService() {
        return peopleService;
    }

    /** The full archive: export and all-or-nothing import of everything above. */
    public ArchiveService archive() {
        return archive;
    }
}
