package app.microlead.insights;

import app.microlead.assessment.AssessmentRepository;
import app.microlead.assessment.AssessmentScorer;
import app.microlead.assessment.QuestionBank;
import app.microlead.assessment.SessionResult;
import app.microlead.habits.HabitRow;
import app.microlead.habits.HabitService;
import app.microlead.habits.HabitStats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Reads what the coaching context of a day is made from (call off the UI thread). */
public final class Coaching {

    private final HabitService habits;
    private final AssessmentRepository assessments;
    private final QuestionBank bank;
    private final ZoneId zone;

    public Coaching(HabitService habits, AssessmentRepository assessments, QuestionBank bank, ZoneId zone) {
        this.habits = habits;
        this.assessments = assessments;
        this.bank = bank;
        this.zone = zone;
    }

    /** The active habits with their check-ins. */
    public List<HabitStats> stats() {
        return habits.rows(false).stream().map(HabitRow::stats).toList();
    }

    /** The focus pillar, the slipping micro-action and the current plan on {@code date}. */
    public CoachingContext on(LocalDate date) {
        return on(date, stats());
    }

    /** Like {@link #on(LocalDate)}, with habits already read. */
    public CoachingContext on(LocalDate date, List<HabitStats> stats) {
        List<SessionResult> done = assessments.finished().stream()
                .map(s -> new SessionResult(s, AssessmentScorer.score(bank, s.answers()))).toList();
        AssessmentPoint latest = AssessmentPoint.latestOnOrBefore(AssessmentPoint.from(done, zone), date).orElse(null);
        String plan = done.isEmpty() ? "" : done.get(done.size() - 1).session().planText();
        return CoachingContext.compute(latest, stats, plan, date);
    }
}
