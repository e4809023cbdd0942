package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.microlead.AppDriver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The whole quiz by keyboard, the results, a tracked action, and a second session with its change. */
class AssessmentUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    private void takeQuizByKeyboard(AppDriver app, KeyCode likert) throws Exception {
        app.waitUntil(() -> app.exists("assessment-quiz") && app.byId("assessment-quiz").isVisible(), 10);
        app.waitUntil(() -> app.byId("assessment-quiz").isFocused(), 5);
        assertThat(app.<Label>byId("assessment-keys").getText()).contains("1–5 to answer, N for no opportunity");
        // the scale's five steps are equally wide ("Almost always" was twice as wide as "Often"), none cut
        double[] width = new double[6];
        double[] needs = new double[6];
        app.robot().interact(() -> {
            for (int v = 1; v <= 5; v++) {
                ToggleButton step = app.byId("assessment-answer-" + v);
                width[v] = step.getWidth();
                needs[v] = step.prefWidth(-1);
            }
        });
        for (int v = 1; v <= 5; v++) {
            assertThat(width[v]).as("answer %d", v).isCloseTo(width[1], offset(1.0)).isGreaterThanOrEqualTo(needs[v] - 0.5);
        }
        for (int i = 0; i < 24; i++) {
            app.robot().type(likert);
        }
        app.waitUntil(() -> app.<Label>byId("assessment-counter").getText().equals("Question 25 of 28"), 5);
        // a situation is answered with its options' numbers: no 5, no N
        assertThat(app.<Label>byId("assessment-keys").getText()).startsWith("Keys: 1–4 to choose");
        for (int i = 0; i < 3; i++) {
            app.robot().type(KeyCode.DIGIT3);
        }
        // on the last question, not yet answered: its note says so; answering it shortens the note, and Back
        // and Finish stay where they are (they moved up ~17 px under the pointer)
        app.waitUntil(() -> app.exists("assessment-unanswered")
                && app.<Label>byId("assessment-unanswered").getText().startsWith("One question is left unanswered"), 5);
        app.waitUntilSettled();
        double finishBefore = sceneY(app, "assessment-finish");
        double backBefore = sceneY(app, "assessment-back");
        app.robot().type(KeyCode.DIGIT3);
        app.waitUntil(() -> app.<Label>byId("assessment-unanswered").getText().equals("That was the last question."), 5);
        app.waitUntilSettled();
        assertThat(sceneY(app, "assessment-finish")).as("Finish").isCloseTo(finishBefore, offset(0.5));
        assertThat(sceneY(app, "assessment-back")).as("Back").isCloseTo(backBefore, offset(0.5));
        app.robot().type(KeyCode.ENTER);
        app.waitUntil(() -> app.exists("assessment-results-title"), 10);
    }

    private static double sceneY(AppDriver app, String id) throws Exception {
        Node n = app.byId(id);
        return WaitForAsyncUtils.asyncFx(() -> n.localToScene(n.getLayoutBounds()).getMinY()).get();
    }

    @Test
    void quizByKeyboardResultsActionAndHistory() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-assessment");
            app.clickOn("assessment-start");
            takeQuizByKeyboard(app, KeyCode.DIGIT4);

            // trust: five items at 4 and the reverse item at 4 -> (20 + 2) / 6 -> 66.7 -> 67
            assertThat(app.<Label>byId("assessment-score-trust").getText()).isEqualTo("67");
            assertThat(app.<Label>byId("assessment-risk-band").getText()).contains("Elevated");
            assertThat(app.<Label>byId("assessment-change-trust").getText()).isEmpty();

            // the first suggestion is picked, and its plan is the one filled in
            assertThat(app.<RadioButton>byId("assessment-action-1").isSelected()).isTrue();
            assertThat(app.<TextField>byId("assessment-plan").getText()).startsWith("If ");
            app.clickOn("assessment-action-1");
            String plan = app.<TextField>byId("assessment-plan").getText();
            assertThat(plan).startsWith("If ");
            app.clickOn("assessment-track");
            app.waitUntil(() -> app.<Label>byId("assessment-message").getText().startsWith("Now tracking"), 5);
            // tracked: the button says so, with nothing to press until another action or plan is picked
            app.waitUntil(() -> app.<Button>byId("assessment-track").getText().equals("Tracked as a habit"), 5);
            assertThat(app.byId("assessment-track").isDisabled()).isTrue();

            app.clickOn("nav-today");
            app.waitUntil(() -> app.exists("today-plan") && app.<Label>byId("today-plan").getText().equals(plan), 5);

            app.clickOn("nav-assessment");
            app.clickOn("assessment-back-overview");
            app.clickOn("assessment-start");
            takeQuizByKeyboard(app, KeyCode.DIGIT2);

            // trust falls from 67 to (10 + 4) / 6 -> 33: a real change
            assertThat(app.<Label>byId("assessment-score-trust").getText()).isEqualTo("33");
            assertThat(app.<Label>byId("assessment-change-trust").getText()).isEqualTo("−33 · real change");

            app.clickOn("assessment-back-overview");
            ListView<SessionResult> history = app.byId("assessment-history");
            app.waitUntil(() -> history.getItems().size() == 2, 5);
            // the newest first (both finished at the same instant here: the one saved later)
            assertThat(history.getItems()).extracting(r -> Math.round(r.result().score("trust").orElseThrow()))
                    .containsExactly(33L, 67L);
            // as tall as its two rows: no empty space under them (it was a fixed 200 px)
            app.waitUntilSettled();
            double[] list = new double[2];
            app.robot().interact(() -> {
                list[0] = history.getHeight();
                list[1] = history.lookupAll(".list-cell").stream().filter(c -> ((ListCell<?>) c).getItem() != null)
                        .mapToDouble(c -> c.getLayoutBounds().getHeight()).sum()
                        + history.snappedTopInset() + history.snappedBottomInset();
            });
            assertThat(list[1]).as("two rows drawn").isGreaterThan(40);
            assertThat(list[0]).isCloseTo(list[1], offset(3.0));
        }
    }

    @Test
    void anUnfinishedQuizIsOfferedForResumingAfterARestart() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-assessment");
            app.clickOn("assessment-start");
            app.waitUntil(() -> app.byId("assessment-quiz").isFocused(), 5);
            app.robot().type(KeyCode.DIGIT5).type(KeyCode.N).type(KeyCode.DIGIT1);
            app.waitUntil(() -> app.<Label>byId("assessment-counter").getText().equals("Question 4 of 28"), 5);
        }
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("assessment-resume") && app.byId("assessment-resume").isVisible(), 10);
            // resuming is the main button; starting over asks first, and cancelled keeps the answers
            Button resume = app.byId("assessment-resume");
            Button start = app.byId("assessment-start");
            assertThat(resume.isDefaultButton()).isTrue();
            assertThat(resume.getStyleClass()).contains("accent");
            assertThat(start.isDefaultButton()).isFalse();
            assertThat(start.getStyleClass()).doesNotContain("accent");
            app.clickOn("assessment-start");
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm").tryQuery().isPresent(), 10);
            assertThat(((Label) app.robot().lookup("#dialog-confirm").<DialogPane>query().getContent()).getText())
                    .contains("The 3 answers you have given so far");
            app.robot().type(KeyCode.ESCAPE);
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm").tryQuery().isEmpty(), 10);
            app.clickOn("assessment-resume");
            app.waitUntil(() -> app.<Label>byId("assessment-counter").getText().equals("Question 4 of 28"), 5);
            app.robot().type(KeyCode.LEFT);
            app.waitUntil(() -> app.<Label>byId("assessment-counter").getText().equals("Question 3 of 28"), 5);
            assertThat(app.<ToggleButton>byId("assessment-answer-1").isSelected()).isTrue();
        }
    }
}
