package app.microlead.review;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.card;
import static app.microlead.ui.FxLabels.heading;
import static app.microlead.ui.FxLabels.muted;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The weekly review's card on the Insights page: this week's focus, whether a review is due, and a way in. */
public final class WeeklyReviewCardView {

    private final WeeklyReviewsViewModel reviews;
    private final Node node;

    /** @param openReview opens the weekly review of the week that holds a day (null: the current week) */
    public WeeklyReviewCardView(WeeklyReviewsViewModel reviews, Consumer<LocalDate> openReview) {
        this.reviews = reviews;
        Label text = new Label();
        text.setId("insights-review-summary");
        text.setWrapText(true);
        text.textProperty().bind(reviews.summary());
        Button open = new Button(t("review.this.week"), new FontIcon("fth-calendar"));
        open.setId("insights-weekly-review");
        open.setOnAction(e -> openReview.accept(reviews.dueProperty().get()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, heading(t("review.title")), spacer, open);
        head.setAlignment(Pos.CENTER_LEFT);
        node = card(head, muted(t("review.card.explained")), text);
    }

    public Node node() {
        return node;
    }

    /** Reads the reviews again (called each time the page that holds the card is shown). */
    public void refresh() {
        reviews.load();
    }
}
