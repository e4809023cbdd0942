package app.microlead.assessment;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxLazyTooltip;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One question at a time. Keys: 1–5 answer (1–4 choose a scenario option), N "no opportunity",
 * Left/Backspace back, Right next, Esc pause.
 */
final class QuizView {

    private final AssessmentViewModel vm;
    private final VBox root;
    private final Label counter = new Label();
    private final Label question = new Label();
    private final Label context = new Label();
    /** The keys that answer this question: 1–5 and N for a statement, 1 to the last option for a situation. */
    private final Label keys = new Label();
    private final VBox answers = new VBox(8);

    QuizView(AssessmentViewModel vm) {
        this.vm = vm;
        ProgressBar progress = new ProgressBar();
        progress.setId("assessment-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        counter.setId("assessment-counter");
        counter.getStyleClass().add("text-muted");
        context.getStyleClass().add("text-muted");
        question.setId("assessment-question");
        question.getStyleClass().add("quiz-question");
        question.setWrapText(true);

        Button back = new Button(t("assessment.quiz.back"), new FontIcon("fth-arrow-left"));
        back.setId("assessment-back");
        back.disableProperty().bind(vm.canGoBackProperty().not());
        back.setOnAction(e -> vm.back());
        Button next = new Button(t("assessment.quiz.next"), new FontIcon("fth-arrow-right"));
        next.setId("assessment-next");
        next.disableProperty().bind(vm.onLastProperty());
        next.setOnAction(e -> vm.next());
        Button finish = new Button(t("assessment.quiz.finish"), new FontIcon("fth-check"));
        finish.setId("assessment-finish");
        finish.getStyleClass().add("accent");
        finish.visibleProperty().bind(vm.onLastProperty());
        finish.managedProperty().bind(finish.visibleProperty());
        finish.setOnAction(e -> vm.finish());
        Button pause = new Button(t("assessment.quiz.pause"), new FontIcon("fth-pause"));
        pause.setId("assessment-pause");
        FxLazyTooltip.install(pause, () -> t("assessment.quiz.pause.tooltip"));
        pause.setOnAction(e -> vm.pause());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(8, pause, spacer, back, next, finish);
        nav.setAlignment(Pos.CENTER_LEFT);
        keys.setText(t("assessment.quiz.keys"));
        keys.setId("assessment-keys");
        keys.getStyleClass().addAll("text-muted", "text-small");

        VBox card = new VBox(16, counter, context, question, answers);
        card.getStyleClass().add("card");
        card.setMinHeight(330);
        root = new VBox(16, progress, card, nav, keys);
        FxLayouts.page(root).getStyleClass().add(FxLayouts.READING_COLUMN);
        root.setId("assessment-quiz");
        root.setFocusTraversable(true);
        root.setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            Question q = vm.currentProperty().get();
            if (q == null) {
                return;
            }
            String typed = e.getText() == null ? "" : e.getText().strip();
            if (typed.length() == 1 && Character.isDigit(typed.charAt(0))) {
                int d = typed.charAt(0) - '0';
                if (q.isScenario() && d >= 1 && d <= 4) {
                    vm.choose(d - 1);
                    e.consume();
                } else if (!q.isScenario() && d >= 1 && d <= 5) {
                    vm.answer(d);
                    e.consume();
                }
            } else if (k == KeyCode.N && !q.isScenario()) {
                vm.answer(Answers.NO_OPPORTUNITY);
                e.consume();
            } else if (k == KeyCode.LEFT || k == KeyCode.BACK_SPACE) {
                vm.back();
                e.consume();
            } else if (k == KeyCode.RIGHT) {
                vm.next();
                e.consume();
            } else if (k == KeyCode.ESCAPE) {
                vm.pause();
                e.consume();
            } else if (k == KeyCode.ENTER && vm.onLastProperty().get()) {
                vm.finish();
                e.consume();
            }
        });
        vm.currentProperty().addListener((o, a, q) -> render());
        vm.currentLikertProperty().addListener((o, a, v) -> render());
        vm.currentOptionProperty().addListener((o, a, v) -> render());
        render();
    }

    Node node() {
        return root;
    }

    void focus() {
        root.requestFocus();
    }

    private void render() {
        Question q = vm.currentProperty().get();
        answers.getChildren().clear();
        if (q == null) {
            return;
        }
        counter.setText(t("assessment.quiz.counter", vm.indexProperty().get() + 1, vm.questions().size()));
        question.setText(q.text());
        if (q.isScenario()) {
            context.setText(t("assessment.quiz.scenario"));
            keys.setText(t("assessment.quiz.keys.scenario", q.scenario().options().size()));
            int i = 0;
            for (QuestionBank.Option o : q.scenario().options()) {
                int n = i++;
                ToggleButton b = new ToggleButton((n + 1) + "   " + o.text());
                b.setId("assessment-option-" + (n + 1));
                b.setMaxWidth(Double.MAX_VALUE);
                b.setAlignment(Pos.CENTER_LEFT);
                b.setWrapText(true);
                b.setSelected(o.id().equals(vm.currentOptionProperty().get()));
                b.setOnAction(e -> {
                    vm.choose(n);
                    root.requestFocus();
                });
                b.setFocusTraversable(false);
                answers.getChildren().add(b);
            }
        } else {
            context.setText(t("assessment.quiz.likert"));
            keys.setText(t("assessment.quiz.keys"));
            // the scale's answers are equally wide, as the steps of one scale (each as wide as the widest needs)
            GridPane scale = new GridPane();
            scale.setHgap(8);
            List<QuestionBank.Response> responses = vm.bank().responses();
            for (QuestionBank.Response r : responses) {
                ToggleButton b = new ToggleButton(r.value() + "\n" + r.label());
                b.setId("assessment-answer-" + r.value());
                b.getStyleClass().add("likert-button");
                b.setSelected(Integer.valueOf(r.value()).equals(vm.currentLikertProperty().get()));
                b.setOnAction(e -> {
                    vm.answer(r.value());
                    root.requestFocus();
                });
                b.setFocusTraversable(false);
                b.setMaxWidth(Double.MAX_VALUE);
                ColumnConstraints column = new ColumnConstraints();
                column.setPercentWidth(100.0 / responses.size());
                column.setHgrow(Priority.ALWAYS);
                scale.getColumnConstraints().add(column);
                scale.add(b, scale.getColumnConstraints().size() - 1, 0);
            }
            HBox.setHgrow(scale, Priority.ALWAYS);
            HBox row = new HBox(8, scale);
            ToggleButton none = new ToggleButton("N\n" + vm.bank().noOpportunityLabel());
            none.setId("assessment-answer-n");
            none.getStyleClass().addAll("likert-button", "likert-none");
            none.setSelected(Integer.valueOf(Answers.NO_OPPORTUNITY).equals(vm.currentLikertProperty().get()));
            none.setOnAction(e -> {
                vm.answer(Answers.NO_OPPORTUNITY);
                root.requestFocus();
            });
            none.setFocusTraversable(false);
            row.getChildren().add(none);
            answers.getChildren().add(row);
        }
        if (vm.onLastProperty().get()) {
            int open = vm.unansweredCount();
            Label note = new Label(open == 0 ? t("assessment.quiz.last") : t("assessment.quiz.unanswered", open));
            note.setId("assessment-unanswered");
            // the room of the longer note is kept, unseen, behind the shorter: answering the last open question
            // changed two lines to one and moved Back and Finish up under the pointer
            Label room = new Label(t("assessment.quiz.unanswered", Math.max(2, open)));
            room.setVisible(false);
            StackPane notes = new StackPane(room, note);
            notes.setAlignment(Pos.TOP_LEFT);
            for (Label l : List.of(note, room)) {
                l.setWrapText(true);
                l.getStyleClass().add("text-muted");
            }
            answers.getChildren().add(notes);
        }
    }
}
