package app.microlead.assessment;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.heading;

import app.microlead.ui.FxCells;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.Page;
import app.microlead.ui.FxLabels;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.OptionalDouble;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Self-assessment view: overview and history, the quiz, and the results. */
public final class AssessmentView implements Page {

    private final AssessmentViewModel vm;
    private final StackPane root = new StackPane();
    private final Node overview;
    private final QuizView quiz;
    private final ResultsView results;

    public AssessmentView(AssessmentViewModel vm) {
        this.vm = vm;
        overview = overview();
        quiz = new QuizView(vm);
        results = new ResultsView(vm);
        root.setId("page-assessment");
        root.setAlignment(Pos.TOP_LEFT); // the quiz's column where every page starts
        vm.modeProperty().addListener((o, a, m) -> showMode());
        showMode();
    }

    private void showMode() {
        Node n = switch (vm.modeProperty().get()) {
            case OVERVIEW -> overview;
            case QUIZ -> quiz.node();
            case RESULTS -> results.node();
        };
        root.getChildren().setAll(n);
        if (vm.modeProperty().get() == AssessmentViewModel.Mode.QUIZ) {
            quiz.focus();
        }
    }

    private Node overview() {
        Label title = new Label(t("assessment.title"));
        title.getStyleClass().add("title-2");
        title.setWrapText(true); // two lines in a narrow window with large text, never "…"
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label intro = new Label(t("assessment.intro"));
        intro.setWrapText(true);
        Label reminder = new Label();
        reminder.setId("assessment-reminder");
        reminder.setWrapText(true);
        reminder.getStyleClass().add("reminder");
        reminder.textProperty().bind(vm.reminderProperty());
        reminder.visibleProperty().bind(vm.reminderProperty().isNotEmpty());
        reminder.managedProperty().bind(reminder.visibleProperty());

        Button start = new Button(t("assessment.start"), new FontIcon("fth-play"));
        start.setId("assessment-start");
        start.setOnAction(e -> vm.start());
        Button resume = new Button(t("assessment.resume"), new FontIcon("fth-corner-down-right"));
        resume.setId("assessment-resume");
        resume.setOnAction(e -> vm.resume());
        resume.visibleProperty().bind(vm.unfinishedProperty().isNotNull());
        resume.managedProperty().bind(resume.visibleProperty());
        // with a session unfinished, resuming it is the main button; starting over (which asks first) is not
        Runnable main = () -> {
            boolean paused = vm.unfinishedProperty().get() != null;
            start.setText(t(paused ? "assessment.start.over" : "assessment.start"));
            start.getStyleClass().remove("accent");
            resume.getStyleClass().remove("accent");
            (paused ? resume : start).getStyleClass().add("accent");
            start.setDefaultButton(!paused);
            resume.setDefaultButton(paused);
        };
        vm.unfinishedProperty().addListener((o, a, s) -> main.run());
        main.run();
        HBox buttons = new HBox(10, resume, start);

        // the newest first: after years of sessions, the latest is the one looked for (the chart keeps time's order)
        ListView<SessionResult> history = new ListView<>(new SortedList<>(vm.history(),
                Comparator.comparing((SessionResult r) -> r.session().finishedAt())
                        .thenComparingLong(r -> r.session().id()).reversed()));
        history.setId("assessment-history");
        FxCells.fitRows(FxCells.roomy(history), 6, 90);
        history.setPlaceholder(FxLabels.placeholder(t("assessment.history.empty")));
        history.setCellFactory(l -> new HistoryCell(vm.zone()));
        history.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && history.getSelectionModel().getSelectedItem() != null) {
                vm.show(history.getSelectionModel().getSelectedItem());
            }
        });
        history.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && history.getSelectionModel().getSelectedItem() != null) {
                vm.show(history.getSelectionModel().getSelectedItem());
            }
        });
        Label histTitle = heading(t("assessment.history.title"));
        TrendView trend = new TrendView(vm);
        Label message = new Label();
        message.getStyleClass().add("text-error");
        message.textProperty().bind(vm.messageProperty());

        VBox page = new VBox(16, title, intro, reminder, buttons, message, histTitle, history, trend.node());
        return FxLayouts.readingPage(page);
    }

    private static final class HistoryCell extends ListCell<SessionResult> {
        private final ZoneId zone;
        private HBox line;

        HistoryCell(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        protected void updateItem(SessionResult r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            AssessmentResult res = r.result();
            String date = ResultsView.dateFormat().format(r.session().finishedAt().atZone(zone));
            Label d = FxLabels.whole(date);
            d.getStyleClass().add("entry-date");
            FxLayouts.sizeInEm(d, "-fx-min-width", 140);
            Label scores = new Label(t("assessment.history.scores",
                    fmt(res.score("trust")), fmt(res.score("empowerment")), fmt(res.score("professionalism")),
                    fmt(res.risk())));
            scores.setWrapText(true); // on two lines in a narrow list, never cut
            scores.setMinHeight(Region.USE_PREF_SIZE);
            // the question bank's version stays in the data (scores are compared within a version), not on screen
            line = new HBox(12, d, scores);
            line.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(scores, Priority.ALWAYS);
            FxCells.fitWidth(this, line);
            setGraphic(line);
        }

        /** As tall as the scores' lines are at the width the list draws the row. */
        @Override
        protected double computePrefHeight(double width) {
            double w = width > 0 ? width : getWidth();
            if (getGraphic() == null || line == null || w <= 0) {
                return super.computePrefHeight(width);
            }
            // at least a cell's own height (the theme's cell size): a line that fits is spaced as before
            return Math.max(super.computePrefHeight(width),
                    snappedTopInset() + line.prefHeight(FxCells.contentWidth(this, w)) + snappedBottomInset());
        }
    }

    static String fmt(OptionalDouble v) {
        return v.isPresent() ? String.valueOf(Math.round(v.getAsDouble())) : "–";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        if (vm.modeProperty().get() == AssessmentViewModel.Mode.OVERVIEW) {
            vm.load();
        }
    }
}
