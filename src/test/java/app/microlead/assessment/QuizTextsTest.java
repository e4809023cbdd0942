package app.microlead.assessment;

import static app.microlead.common.I18n.t;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The quiz's count of questions left open reads as a sentence for one and for several, in both languages. */
class QuizTextsTest {

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void oneQuestionLeftAndSeveralReadAsSentences() {
        I18n.setLocale(Locale.ENGLISH);
        assertThat(t("assessment.quiz.unanswered", 1)).startsWith("One question is left unanswered.");
        assertThat(t("assessment.quiz.unanswered", 3)).startsWith("3 questions are left unanswered.");
        assertThat(t("assessment.quiz.unanswered", 1)).doesNotContain("(s)");

        I18n.setLocale(Locale.GERMAN);
        assertThat(t("assessment.quiz.unanswered", 1)).startsWith("Eine Frage ist noch unbeantwortet.");
        assertThat(t("assessment.quiz.unanswered", 3)).startsWith("3 Fragen sind noch unbeantwortet.");
    }
}
