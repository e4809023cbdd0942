package app.microlead.review;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.heading;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Today view's week card: this week's focus (the commitment of last week's review) and, on the
 * review day, an invitation to review the week. Hidden when there is neither.
 */
public final class WeekFocusCardView {

    private final VBox root;

    /** @param openReview opens the weekly review of the week that holds the given day */
    public WeekFocusCardView(WeeklyReviewsViewModel vm, Consumer<LocalDate> openReview) {
        Label dueText = new Label();
        dueText.setWrapText(true);
        dueText.textProperty().bind(Bindings.createStringBinding(() -> vm.dueProperty().get() == null ? ""
                : t("review.focus.due", WeeklyReviewsViewModel.weekTitle(vm.dueProperty().get())),
                vm.dueProperty()));
        Button review = new Button(t("review.focus.review"), new FontIcon("fth-calendar"));
        review.setId("today-weekly-review");
        review.getStyleClass().add("accent");
        review.setOnAction(e -> openReview.accept(vm.dueProperty().get()));
        review.setMinWidth(Region.USE_PREF_SIZE); // the text beside it wraps instead
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox due = new HBox(12, dueText, spacer, review);
        due.setId("today-review-due");
        due.setAlignment(Pos.CENTER_LEFT);
        due.visibleProperty().bind(vm.dueProperty().isNotNull());
        due.managedProperty().bind(due.visibleProperty());

        Label title = heading(t("review.focus.title"));
        Label commitment = new Label();
        commitment.setId("today-week-focus");
        commitment.setWrapText(true);
        commitment.getStyleClass().add("if-then");
        commitment.textProperty().bind(Bindings.createStringBinding(() -> {
            WeeklyReview f = vm.focusProperty().get();
            return f == null ? "" : f.commitment();
        }, vm.focusProperty()));
        Label action = new Label();
        action.getStyleClass().add("text-muted");
        action.setWrapText(true);
        action.textProperty().bind(Bindings.createStringBinding(() -> {
            WeeklyReview f = vm.focusProperty().get();
            return f == null || f.nextAction().isEmpty() ? "" : t("review.focus.action", f.nextActionShown());
        }, vm.focusProperty()));
        action.managedProperty().bind(action.textProperty().isNotEmpty());
        VBox focus = new VBox(6, title, commitment, action);
        focus.visibleProperty().bind(vm.focusProperty().isNotNull());
        focus.managedProperty().bind(focus.visibleProperty());

        root = new VBox(12, due, focus);
        root.getStyleClass().addAll("card", "plan-card");
        root.setId("today-week-card");
        root.visibleProperty().bind(due.visibleProperty().or(focus.visibleProperty()));
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node node() {
        return root;
    }
}
