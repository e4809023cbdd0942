package app.microlead.journal;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLazyTooltip;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A month grid (weeks from Monday) in which days with a reflection are marked and tinted by mood.
 * Click selects a day; double-click or Enter opens it.
 */
public final class MonthCalendarControl extends VBox {

    private final DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern(t("journal.calendar.month"), I18n.locale());
    private final DateTimeFormatter spokenFormat = DateTimeFormatter.ofPattern(t("journal.calendar.spoken"),
            I18n.locale());
    private final GridPane grid = new GridPane();
    private final ObjectProperty<YearMonth> month;
    private final ObservableList<EntrySummary> days;
    private final ObjectProperty<LocalDate> selected;
    private final Supplier<LocalDate> today;
    private final Consumer<LocalDate> onSelect;
    private final Consumer<LocalDate> onOpen;

    public MonthCalendarControl(ObjectProperty<YearMonth> month, ObservableList<EntrySummary> days,
                                ObjectProperty<LocalDate> selected, Supplier<LocalDate> today,
                                Runnable previous, Runnable next, Consumer<LocalDate> onSelect,
                                Consumer<LocalDate> onOpen) {
        super(8);
        this.month = month;
        this.days = days;
        this.selected = selected;
        this.today = today;
        this.onSelect = onSelect;
        this.onOpen = onOpen;
        getStyleClass().add("month-calendar");

        Button prev = new Button(null, new FontIcon("fth-chevron-left"));
        prev.setId("journal-month-prev");
        prev.getStyleClass().addAll("flat", "small");
        FxAccessible.name(prev, t("journal.calendar.previous"));
        prev.setOnAction(e -> previous.run());
        Button nxt = new Button(null, new FontIcon("fth-chevron-right"));
        nxt.setId("journal-month-next");
        nxt.getStyleClass().addAll("flat", "small");
        FxAccessible.name(nxt, t("journal.calendar.next"));
        nxt.setOnAction(e -> next.run());
        Label title = FxLabels.heading("");
        title.setId("journal-month-label");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> monthFormat.format(month.get()), month));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(4, title, spacer, prev, nxt);
        head.setAlignment(Pos.CENTER_LEFT);

        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            cc.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(cc);
        }
        grid.setHgap(2);
        grid.setVgap(2);
        getChildren().addAll(head, grid, legend());
        month.addListener((o, a, b) -> rebuild());
        days.addListener((ListChangeListener<EntrySummary>) c -> rebuild());
        selected.addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** What the tints mean: a written day without a mood, then mood 1 (rough) to 5 (great). */
    private static Node legend() {
        FlowPane legend = new FlowPane(10, 4);
        legend.setId("journal-calendar-legend");
        Label caption = new Label(t("journal.calendar.legend"));
        caption.getStyleClass().addAll("text-muted", "text-small");
        legend.getChildren().add(caption);
        legend.getChildren().add(swatch("none", t("journal.calendar.legend.none")));
        for (int m = 1; m <= 5; m++) {
            legend.getChildren().add(swatch("mood-" + m, m + " " + t("journal.mood." + m)));
        }
        return legend;
    }

    private static Node swatch(String styleClass, String text) {
        Region square = new Region();
        square.getStyleClass().addAll("mood-swatch", styleClass);
        Label l = new Label(text, square);
        l.getStyleClass().addAll("text-muted", "text-small");
        l.setGraphicTextGap(4);
        return l;
    }

    private void rebuild() {
        grid.getChildren().clear();
        for (int c = 0; c < 7; c++) {
            Label wd = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, I18n.locale()));
            wd.getStyleClass().addAll("text-muted", "text-small");
            grid.add(wd, c, 0);
        }
        Map<LocalDate, EntrySummary> byDay = new HashMap<>();
        days.forEach(d -> byDay.put(d.date(), d));
        YearMonth ym = month.get();
        int offset = ym.atDay(1).getDayOfWeek().getValue() - 1;
        LocalDate now = today.get();
        for (int d = 1; d <= ym.lengthOfMonth(); d++) {
            LocalDate date = ym.atDay(d);
            int cell = offset + d - 1;
            Button b = new Button(String.valueOf(d));
            b.setId("cal-day-" + date);
            b.getStyleClass().add("cal-day");
            b.setMaxWidth(Double.MAX_VALUE);
            EntrySummary s = byDay.get(date);
            String tip = DateTimeFormatter.ofPattern(t("journal.date.day"), I18n.locale()).format(date);
            if (s != null) {
                b.getStyleClass().add("has-entry");
                if (s.mood() != null) {
                    b.getStyleClass().add("mood-" + s.mood());
                    tip += " · " + t("journal.calendar.mood", s.mood());
                }
                tip += " · " + t("journal.words", s.wordCount());
            }
            if (date.equals(now)) {
                b.getStyleClass().add("today");
            }
            if (date.equals(selected.get())) {
                b.getStyleClass().add("selected");
            }
            b.setDisable(date.isAfter(now));
            String dayTip = tip;
            FxLazyTooltip.install(b, () -> dayTip);
            b.setAccessibleText(spokenFormat.format(date) + (s == null ? ""
                    : " · " + (s.mood() == null ? "" : t("journal.mood.accessible", s.mood()) + " · ")
                    + t("journal.words", s.wordCount())));
            b.setOnAction(e -> onSelect.accept(date));
            b.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    onOpen.accept(date);
                }
            });
            b.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    onOpen.accept(date);
                }
            });
            grid.add(b, cell % 7, 1 + cell / 7);
        }
    }
}
