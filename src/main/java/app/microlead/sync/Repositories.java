package app.microlead.sync;

import app.microlead.assessment.AssessmentRepository;
import app.microlead.backend.Backend;
import app.microlead.habits.HabitRepository;
import app.microlead.journal.JournalRepository;
import app.microlead.journal.PromptRepository;
import app.microlead.people.PeopleRepository;
import app.microlead.review.WeeklyReviewRepository;
import app.microlead.storage.Database;
import java.time.Clock;

/** The repositories sync reads the journal through and writes what other computers changed into. */
record Repositories(Database db, JournalRepository journal, PromptRepository prompts, HabitRepository habits,
                    AssessmentRepository assessments, WeeklyReviewRepository reviews, PeopleRepository people,
                    Clock clock) {

    static Repositories of(Backend b) {
        return new Repositories(b.database(), b.journal(), b.prompts(), b.habitRepository(), b.assessments(),
                b.reviews(), b.people(), b.clock());
    }
}
