package app.microlead.export;

import app.microlead.assessment.AssessmentRepository;
import app.microlead.assessment.AssessmentScorer;
import app.microlead.assessment.QuestionBank;
import app.microlead.assessment.SessionResult;
import app.microlead.habits.HabitRow;
import app.microlead.habits.HabitService;
import app.microlead.journal.Entry;
import app.microlead.journal.JournalRepository;
import app.microlead.people.PeopleService;
import app.microlead.people.PersonPeriod;
import app.microlead.review.WeeklyReview;
import app.microlead.review.WeeklyReviewRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a review shows, read from the journal for the requested period, and the clock whose day
 * and zone it is made in (the cover's date, the end of the habits' period, the assessments' days).
 */
public record ReviewData(ReviewRequest request, Clock clock, List<Entry> entries, List<HabitRow> habits,
                         List<SessionResult> assessments, QuestionBank bank, List<WeeklyReview> weeklyReviews,
                         List<PersonPeriod> people) {

    /** Reads the period without people (call it off the UI thread). */
    public static ReviewData load(ReviewRequest r, Clock clock, JournalRepository journal, HabitService habits,
                                  AssessmentRepository assessments, WeeklyReviewRepository reviews, QuestionBank bank,
                                  Progress progress) {
        return load(r, clock, journal, habits, assessments, reviews, null, bank, progress);
    }

    /** Reads the period; with the People section, what happened with each person (call it off the UI thread). */
    public static ReviewData load(ReviewRequest r, Clock clock, JournalRepository journal, HabitService habits,
                                  AssessmentRepository assessments, WeeklyReviewRepository reviews,
                                  PeopleService people, QuestionBank bank, Progress progress) {
        List<Entry> entries = new ArrayList<>();
        if (r.has(ReviewRequest.Section.REFLECTIONS)) {
            journal.forEachEntry(r.from(), r.to(), e -> {
                if (r.tag() == null || e.tags().contains(r.tag())) {
                    entries.add(e);
                }
            });
            progress.checkCancelled();
        }
        List<HabitRow> rows = r.has(ReviewRequest.Section.HABITS) ? habits.rows(true) : List.of();
        progress.checkCancelled();
        List<SessionResult> sessions = new ArrayList<>();
        if (r.has(ReviewRequest.Section.ASSESSMENTS)) {
            assessments.finished().forEach(s -> {
                LocalDate day = s.finishedAt().atZone(clock.getZone()).toLocalDate();
                if (!day.isBefore(r.from()) && !day.isAfter(r.to())) {
                    sessions.add(new SessionResult(s, AssessmentScorer.score(bank, s.answers())));
                }
            });
        }
        // Weekly reviews are reflections too: they come with that section, for the weeks ending in the period.
        List<WeeklyReview> weekly = r.has(ReviewRequest.Section.REFLECTIONS) && r.tag() == null
                ? reviews.between(r.from(), r.to()) : List.of();
        List<PersonPeriod> who = r.has(ReviewRequest.Section.PEOPLE) && people != null
                ? people.period(r.from(), r.to()) : List.of();
        return new ReviewData(r, clock, entries, rows, sessions, bank, weekly, who);
    }
}
