package app.microlead.insights;

import app.microlead.assessment.AssessmentRepository;
import app.microlead.assessment.AssessmentScorer;
import app.microlead.assessment.QuestionBank;
import app.microlead.assessment.SessionResult;
import app.microlead.common.TaskRunner;
import app.microlead.habits.HabitRow;
import app.microlead.habits.HabitService;
import app.microlead.habits.HabitStats;
import app.microlead.journal.Entry;
import app.microlead.journal.JournalRepository;
import app.microlead.journal.JournalStreaks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Insights view: pillar strength over time, the say–do gap, and the writing habit. */
public final class InsightsViewModel {

    private final JournalRepository journal;
    private final HabitService habits;
    private final AssessmentRepository assessments;
    private final QuestionBank bank;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObjectProperty<PillarTrend.Range> range = new SimpleObjectProperty<>(PillarTrend.Range.ONE_YEAR);
    private final ObjectProperty<PillarTrend> trend = new SimpleObjectProperty<>();
    private final ObjectProperty<SayDoGap> gap = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalStreaks> writing = new SimpleObjectProperty<>(new JournalStreaks(0, 0, 0, 0));
    private final ObjectProperty<MoodTrend> moodTrend = new SimpleObjectProperty<>();
    private final ObjectProperty<MoodSplit> moodSplit = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalingStats> journaling = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private List<HabitStats> stats = List.of();
    private List<AssessmentPoint> points = List.of();

    public InsightsViewModel(JournalRepository journal, HabitService habits, AssessmentRepository assessments,
                             QuestionBank bank, TaskRunner tasks, Clock clock) {
        this.journal = journal;
        this.habits = habits;
        this.assessments = assessments;
        this.bank = bank;
        this.tasks = tasks;
        this.clock = clock;
        range.addListener((o, a, r) -> trend.set(PillarTrend.compute(stats, points, r, LocalDate.now(clock))));
    }

    public ObjectProperty<PillarTrend.Range> rangeProperty() {
        return range;
    }

    public ObjectProperty<PillarTrend> trendProperty() {
        return trend;
    }

    public ObjectProperty<SayDoGap> gapProperty() {
        return gap;
    }

    public ObjectProperty<JournalStreaks> writingProperty() {
        return writing;
    }

    public ObjectProperty<MoodTrend> moodTrendProperty() {
        return moodTrend;
    }

    public ObjectProperty<MoodSplit> moodSplitProperty() {
        return moodSplit;
    }

    public ObjectProperty<JournalingStats> journalingProperty() {
        return journaling;
    }

    public StringProperty messageProperty() {
        return message;
    }

    private record Loaded(List<HabitStats> stats, List<AssessmentPoint> points, JournalStreaks writing,
                          MoodTrend moodTrend, MoodSplit moodSplit, JournalingStats journaling) {
    }

    /** Reads everything in the background and computes the figures. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        tasks.read(() -> {
            List<HabitStats> s = habits.rows(false).stream().map(HabitRow::stats).toList();
            List<SessionResult> done = assessments.finished().stream()
                    .map(x -> new SessionResult(x, AssessmentScorer.score(bank, x.answers()))).toList();
            List<LocalDate> dates = journal.dates();
            List<DayMood> moods = journal.summaries().stream().map(DayMood::of).toList();
            List<Entry> lastYear = new ArrayList<>();
            journal.forEachEntry(today.minusMonths(12).withDayOfMonth(1), today, lastYear::add);
            return new Loaded(s, AssessmentPoint.from(done, clock.getZone()), JournalStreaks.of(dates, today),
                    MoodTrend.weekly(moods, today.minusWeeks(12), today), MoodSplit.compute(s, moods, today),
                    JournalingStats.compute(lastYear, dates, today));
        }, l -> {
            stats = l.stats();
            points = l.points();
            trend.set(PillarTrend.compute(stats, points, range.get(), today));
            gap.set(SayDoGap.compute(points, stats, today));
            writing.set(l.writing());
            moodTrend.set(l.moodTrend());
            moodSplit.set(l.moodSplit());
            journaling.set(l.journaling());
            message.set("");
        }, e -> message.set(e.getMessage()));
    }
}
