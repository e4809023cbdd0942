package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The words the self-assessment builds itself (not the question bank's), in English and German. */
class AssessmentTextsTest {

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void quadrantsChangesAndDatesFollowTheLanguage() {
        assertThat(AssessmentResult.Quadrant.HANDS_ON_HEAVY.label()).isEqualTo("Hands-on but heavy");
        assertThat(AssessmentResult.Quadrant.MICRO_LEADER.text()).isEqualTo("Present and attentive, while leaving"
                + " people room.");
        assertThat(ResultsView.dateFormat().format(LocalDate.of(2026, 5, 31))).isEqualTo("31 May 2026");
        I18n.setLocale(Locale.GERMAN);
        assertThat(AssessmentResult.Quadrant.MICROMANAGING.label()).isEqualTo("Mikromanagement");
        assertThat(ReliableChange.between(70, 50, 15, 0.8).describe()).isEqualTo("−20 · echte Veränderung");
        assertThat(ReliableChange.between(50, 55, 15, 0.8).describe()).isEqualTo("+5 · im Schwankungsbereich");
        assertThat(ResultsView.dateFormat().format(LocalDate.of(2026, 5, 31))).isEqualTo("31. Mai 2026");
    }
}
