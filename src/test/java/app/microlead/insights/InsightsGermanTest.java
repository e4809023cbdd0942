package app.microlead.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import app.microlead.review.WeeklyReview;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The insights texts in German: week titles, say–do gap reasons, coaching and prompt reasons. */
class InsightsGermanTest {

    @BeforeEach
    void german() {
        I18n.setLocale(Locale.GERMAN);
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void weekTitlesAndReasonsAreGerman() {
        assertThat(WeeklyReview.title(LocalDate.parse("2026-11-27"))).isEqualTo("21. – 27. November 2026");
        assertThat(WeeklyReview.title(LocalDate.parse("2026-12-04"))).isEqualTo("28. November – 4. Dezember 2026");
        assertThat(WeeklyReview.title(LocalDate.parse("2027-01-01"))).isEqualTo("26. Dezember 2026 – 1. Januar 2027");

        assertThat(SayDoGap.compute(List.of(), List.of(), LocalDate.parse("2026-03-10")).emptyReason())
                .isEqualTo(SayDoGap.noAssessment()).startsWith("Machen Sie die Selbsteinschätzung");
        Map<Pillar, Double> scores = new EnumMap<>(Pillar.class);
        scores.put(Pillar.TRUST, 40.0);
        AssessmentPoint old = new AssessmentPoint(LocalDate.parse("2026-01-02"), scores);
        assertThat(SayDoGap.compute(List.of(old), List.of(), LocalDate.parse("2026-03-10")).emptyReason())
                .startsWith("Ihre letzte Selbsteinschätzung war am 2. Januar 2026, vor mehr als sechs Wochen.");

        CoachingContext c = CoachingContext.compute(new AssessmentPoint(LocalDate.parse("2026-03-02"), scores),
                List.of(), "Wenn das Meeting beginnt, frage ich zuerst", LocalDate.parse("2026-03-10"));
        assertThat(c.focusReason()).isEqualTo("diese Säule in Ihrer Selbsteinschätzung vom 2. März 2026 am niedrigsten"
                + " lag (40 von 100)");
        assertThat(AdaptivePromptStrategy.focusReason(c)).isEqualTo("weil Vertrauen diesen Monat Ihr Schwerpunkt ist");
        assertThat(AdaptivePromptStrategy.planFollowUp(LocalDate.parse("2026-03-10"), c.plan()).text())
                .isEqualTo("Ihr Plan war: „Wenn das Meeting beginnt, frage ich zuerst“. Kam der Moment heute?"
                        + " Was haben Sie getan?");
        assertThat(PillarTrend.Range.ONE_YEAR.label()).isEqualTo("1 Jahr");
        assertThat(MoodSplit.empty()).contains("14 Tage mit ihr und 14 ohne sie");
    }
}
