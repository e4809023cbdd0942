package app.microlead.habits;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.heading;

import app.microlead.ui.FxChildren;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.FxPulses;
import app.microlead.ui.FxPrompts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Today view's micro-actions: Done / Skipped for the day shown, with a short note. */
public final class DayCheckInsView {

    private final DayCheckInsViewModel vm;
    private final VBox list = new VBox(8);
    /** How many new lines are made in one frame. */
    static final int NEW_LINES_PER_FRAME = 8;
    /** Counts the rows' changes, so that lines still being made for older rows stop. */
    private int generation;
    /** The lines shown, by habit id. */
    private final HabitLines<Line> shown = new HabitLines<>(NEW_LINES_PER_FRAME, HabitLines.FRAME_BUDGET_NANOS, Line::new);
    private final VBox root;
    private final Label message = new Label();

    private final LongFunction<CheckInExtraView> extras;
    /**
     * Below this width of the page's scroll pane, in ems of the text, Done and Skipped show their icons only (their
     * texts in tooltips): a line then needs about 31 em instead of 45 (German), so a narrow window shows it
     * whole instead of scrolling sideways. The scroll pane, not the lines: the lines are never narrower than they
     * need, so their own width cannot tell that the window is narrower.
     */
    static final double ICONS_ONLY_BELOW_EM = 54;
    /** The scroll pane the lines are in (Today's page), found once they are in a scene. */
    private ScrollPane pageScroll;
    private boolean iconsOnly;

    public DayCheckInsView(DayCheckInsViewModel vm, Runnable openHabits) {
        this(vm, openHabits, id -> CheckInExtraView.none());
    }

    /** @param extras makes what a line shows beside the note (the person picker), by habit id */
    public DayCheckInsView(DayCheckInsViewModel vm, Runnable openHabits, LongFunction<CheckInExtraView> extras) {
        this.vm = vm;
        this.extras = extras;
        Label title = heading(t("habits.today.title"));
        message.getStyleClass().add("text-error");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        root = new VBox(10, title, list, message);
        root.getStyleClass().add("card");
        root.setId("today-habits");
        vm.rows().addListener((ListChangeListener<HabitRow>) c -> rebuild(openHabits));
        list.sceneProperty().addListener((o, was, now) -> watchPageScroll());
        rebuild(openHabits);
    }

    private void watchPageScroll() {
        for (Parent p = list.getParent(); pageScroll == null && p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                pageScroll = s;
                s.widthProperty().addListener((o, was, now) -> fitButtons());
                message.fontProperty().addListener((o, was, now) -> fitButtons()); // the text size changed
                fitButtons();
            }
        }
    }

    /** Whether a page {@code width} px wide, in text of {@code fontPx}, shows Done and Skipped as icons only. */
    static boolean iconsOnly(double width, double fontPx) {
        return FxLayouts.narrowerThan(width, ICONS_ONLY_BELOW_EM, fontPx);
    }

    private void fitButtons() {
        // the lines' text size: the root's, which the message label has as it is
        // the scroll pane's own width: its viewport's changes as its scroll bar comes and goes, and the buttons'
        // texts change the page's height, so deciding on the viewport could switch them back and forth
        boolean now = iconsOnly(pageScroll.getWidth(), message.getFont().getSize());
        if (now != iconsOnly) {
            iconsOnly = now;
            shown.forEach(Line::fit);
        }
    }

    public Node node() {
        return root;
    }

    /**
     * Shows the view model's rows. A habit's line is made once and then updated in place, so marking a
     * day (which reloads the rows) keeps the keyboard focus where it was and costs no new nodes. New
     * lines are made a few a frame (30 habits at once held the window for a quarter of a second).
     */
    private void rebuild(Runnable openHabits) {
        generation++;
        if (vm.rows().isEmpty()) {
            shown.clear();
            list.getChildren().setAll(FxLabels.emptyState(t("habits.today.none"),
                    FxLabels.action("today-habits-choose", t("habits.today.choose"), openHabits)));
            return;
        }
        fill(generation);
    }

    /** Updates the lines there are and makes up to {@link #NEW_LINES_PER_FRAME} more; the rest next frame. */
    private void fill(int gen) {
        if (gen != generation) {
            return; // newer rows came meanwhile
        }
        LocalDate day = vm.dayProperty().get();
        List<Node> lines = new ArrayList<>();
        shown.begin();
        for (HabitRow row : vm.rows()) {
            Line line = shown.line(row.habit().id());
            if (line != null) {
                line.show(row, day);
                lines.add(line.node);
            }
        }
        boolean more = shown.end();
        FxChildren.sync(list.getChildren(), lines);
        if (more) {
            FxPulses.afterNextPulse(list, () -> fill(gen));
        }
    }

    /** One habit's line: name, Done, Skipped, note, streak. */
    private final class Line {
        private final Label name = new Label();
        private final ToggleButton done = new ToggleButton(t("habits.today.done"), new FontIcon("fth-check"));
        private final ToggleButton skip = new ToggleButton(t("habits.today.skip"), new FontIcon("fth-minus"));
        private final TextField note = new TextField();
        private final Label streak = new Label();
        private final CheckInExtraView extra;
        private final HBox node;
        /** The row and day last shown (the handlers act on them). */
        private HabitRow row;
        private LocalDate day;

        Line(long id) {
            name.getStyleClass().addAll("habit-name", "checkin-name");
            name.setWrapText(true);
            FxLazyTooltip.install(name, () -> row.habit().description());
            done.setId("today-habit-" + id + "-done");
            done.getStyleClass().add("check-done");
            skip.getStyleClass().add("check-skip");
            done.setOnAction(e -> vm.set(row, day, done.isSelected() ? CheckIn.State.DONE : null, note.getText()));
            skip.setId("today-habit-" + id + "-skip");
            FxLazyTooltip.install(skip, () -> t("habits.today.skip.tooltip"));
            skip.setOnAction(e -> vm.set(row, day, skip.isSelected() ? CheckIn.State.SKIPPED : null, note.getText()));
            note.setId("today-habit-" + id + "-note");
            streak.setId("today-habit-" + id + "-streak");
            FxPrompts.prompt(note, t("habits.today.note.prompt"));
            HBox.setHgrow(note, Priority.ALWAYS);
            note.setOnAction(e -> vm.note(row, day, note.getText()));
            note.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    vm.note(row, day, note.getText());
                }
            });
            streak.getStyleClass().addAll("text-muted", "text-small");
            // every line's columns start where the line above's do: the name and the streak take the same
            // width in each line (growing with the text size), whatever their text
            // a narrow window: the name wraps, no sideways scroll; 130 keeps a long German word whole
            // ("Teammitglieder" at large text)
            FxLayouts.sizeInEm(name, "-fx-min-width", 130);
            FxLayouts.sizeInEm(name, "-fx-pref-width", 210);
            // the note gives way first: at 90 px a day with long German streaks at large text was 2 px too wide;
            // it asks for no more than that and takes what the line has left (asking for a text field's usual width,
            // it made the person picker give way instead: "Diego" was cut to nothing beside German "Keine Gelegenheit")
            FxLayouts.sizeInEm(note, "-fx-min-width", 60);
            FxLayouts.sizeInEm(note, "-fx-pref-width", 60);
            streak.setMinWidth(Region.USE_PREF_SIZE); // "3 Wochen" whole, never "3 Woc…"
            StackPane streakColumn = new StackPane(streak);
            streakColumn.setAlignment(Pos.CENTER_RIGHT);
            FxLayouts.sizeInEm(streakColumn, "-fx-min-width", 64);
            done.setMinWidth(Region.USE_PREF_SIZE);
            skip.setMinWidth(Region.USE_PREF_SIZE);
            extra = extras.apply(id);
            // the picker's names take a column of one width in every line, so that a line with a name
            // picked starts its buttons where the others do; in a narrow window it gives way to the name
            // and the note, down to the picker's icon
            StackPane extraColumn = new StackPane(extra.node());
            extraColumn.setAlignment(Pos.CENTER_LEFT);
            FxLayouts.sizeInEm(extraColumn, "-fx-min-width", 56);
            FxLayouts.sizeInEm(extraColumn, "-fx-pref-width", 120); // the icon, a first name and the arrow
            FxLayouts.sizeInEm(extraColumn, "-fx-max-width", 120);
            node = new HBox(8, name, done, skip, note, extraColumn, streakColumn);
            node.setAlignment(Pos.CENTER_LEFT);
            FxLazyTooltip.install(done, () -> t("habits.today.done.tooltip"));
            fit();
        }

        /** Done and Skipped with their texts, or as icons only in a narrow window. */
        void fit() {
            ContentDisplay display = iconsOnly ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            done.setContentDisplay(display);
            skip.setContentDisplay(display);
        }

        void show(HabitRow r, LocalDate d) {
            boolean sameDay = d != null && d.equals(day);
            if (!sameDay && row != null && day != null) {
                // another day: a note typed for the day that was shown is saved to that day
                vm.note(row, day, note.getText());
            }
            row = r;
            day = d;
            CheckIn.State st = d == null ? null : r.stateOn(d);
            // a day before the habit started: listed, but nothing to mark or note (see DayCheckInsViewModel.asOf)
            boolean before = d != null && !DayCheckInsViewModel.markable(r, d);
            done.setDisable(before);
            skip.setDisable(before);
            note.setDisable(before);
            name.setText(r.habit().name());
            done.setSelected(st == CheckIn.State.DONE);
            skip.setSelected(st == CheckIn.State.SKIPPED);
            if (d != null) {
                extra.show(r.habit().id(), d, st != null);
            }
            String saved = d == null ? "" : r.noteOn(d);
            // a note being typed stays as typed; it is saved when the field is left
            if (!(sameDay && note.isFocused())) {
                note.setText(saved);
            }
            // a day before the habit was tracked has no streak to tell, only when it starts
            streak.setText(before ? t("habits.today.before.start", r.habit().startShownShort()) : r.streakShown(d));
        }
    }
}
