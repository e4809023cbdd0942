package app.microlead.review;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxCells;
import app.microlead.ui.FxLabels;
import java.time.LocalDate;
import java.util.function.Consumer;
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
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Journal's list of weekly reviews: week, commitment, first words; Enter or a double click opens one. */
public final class WeeklyReviewListView {

    private final VBox root;

    /** @param openReview opens the review of the week that holds the given day (null: the current week) */
    public WeeklyReviewListView(WeeklyReviewsViewModel vm, Consumer<LocalDate> openReview) {
        ListView<WeeklyReview> list = new ListView<>(vm.reviews());
        list.setId("journal-reviews");
        FxCells.roomy(list);
        list.setCellFactory(l -> new ReviewCell());
        Label empty = FxLabels.placeholder(t("review.list.empty")); // the app's empty state: centred, with air around it
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> {
            WeeklyReview r = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && r != null) {
                openReview.accept(r.weekEnd());
            }
        });
        list.setOnKeyPressed(e -> {
            WeeklyReview r = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                openReview.accept(r.weekEnd());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button thisWeek = new Button(t("review.this.week"), new FontIcon("fth-calendar"));
        thisWeek.setId("journal-review-this-week");
        thisWeek.setOnAction(e -> openReview.accept(null));
        Button open = new Button(t("review.list.open"), new FontIcon("fth-edit-3"));
        open.setId("journal-review-open");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openReview.accept(list.getSelectionModel().getSelectedItem().weekEnd()));
        Label message = new Label();
        message.getStyleClass().add("text-error");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, message, spacer, thisWeek, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, list, actions);
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    public Node node() {
        return root;
    }

    private static final class ReviewCell extends ListCell<WeeklyReview> {
        @Override
        protected void updateItem(WeeklyReview r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label week = new Label(WeeklyReviewsViewModel.weekTitle(r.weekEnd()));
            week.getStyleClass().add("entry-date");
            String first = !r.commitment().isEmpty() ? t("review.list.commitment", r.commitment())
                    : !r.wentWell().isEmpty() ? r.wentWell() : r.differently();
            Label preview = new Label(first.replace('\n', ' '));
            preview.getStyleClass().add("text-muted");
            preview.setMinWidth(0);
            VBox box = new VBox(2, week, preview);
            box.setMinWidth(0);
            FxCells.fitWidth(this, box);
            setGraphic(box);
            setText(null);
        }
    }
}
