package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import app.microlead.ui.FxChildren;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.FxPulses;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Habits grouped by pillar, each with the last seven days as buttons. Keyboard: Tab/arrow keys move
 * between habits and days, Space toggles Done, S toggles Skipped; right-click offers both.
 */
public final class CheckGridControl extends VBox {

    /** Style class of a day cell before its habit's start: not applicable, drawn muted, takes no mark. */
    static final String BEFORE_START = "before-start";

    /** How many habits' lines are made in one frame (each is a dozen controls). */
    static final int NEW_LINES_PER_FRAME = 6;

    private final HabitsViewModel vm;
    /** The lines shown, by habit id; made once and updated in place while the day stays the same. */
    private final HabitLines<Line> lines = new HabitLines<>(NEW_LINES_PER_FRAME, HabitLines.FRAME_BUDGET_NANOS, Line::new);
    private final Map<Pillar, Label> groupTitles = new HashMap<>();
    private final Label ownTitle = groupTitle(t("habits.own"));
    private final DateTimeFormatter full = HabitDetailView.format("habits.format.full.day");
    private HBox header;
    /** Where the header is shown: above the lines' scroll pane, so that it stays in view while they scroll. */
    private final VBox head = new VBox();
    /** The day the lines were made for (their seven days end on it). */
    private LocalDate madeFor;
    /** Counts the rows' changes, so that lines still being made for older rows stop. */
    private int generation;

    public CheckGridControl(HabitsViewModel vm) {
        super(6);
        this.vm = vm;
        getStyleClass().add("check-grid");
        setId("habits-grid");
        vm.rows().addListener((ListChangeListener<HabitRow>) c -> rebuild());
        vm.selectedProperty().addListener((o, a, b) -> markSelection());
        head.setId("habits-grid-head");
        head.visibleProperty().bind(visibleProperty());
        head.managedProperty().bind(managedProperty());
        rebuild();
    }

    /**
     * Shows the view model's rows. A habit's line is updated in place when its day marks or numbers
     * change (marking a day keeps the keyboard focus on its cell), and new lines are made a few a frame.
     */
    private void rebuild() {
        generation++;
        LocalDate today = vm.today();
        if (!today.equals(madeFor)) {
            lines.clear();
            header = header(today);
            head.getChildren().setAll(header);
            madeFor = today;
        }
        fill(generation);
    }

    private void fill(int gen) {
        if (gen != generation) {
            return; // newer rows came meanwhile
        }
        List<Node> children = new ArrayList<>();
        lines.begin();
        List<Pillar> order = new ArrayList<>(List.of(Pillar.values()));
        order.add(null);
        for (Pillar p : order) {
            List<HabitRow> group = vm.rows().stream().filter(r -> Objects.equals(r.habit().pillar(), p)).toList();
            if (group.isEmpty()) {
                continue;
            }
            children.add(p == null ? ownTitle : groupTitles.computeIfAbsent(p, k -> groupTitle(k.label())));
            for (HabitRow row : group) {
                Line line = lines.line(row.habit().id());
                if (line != null) {
                    line.show(row);
                    children.add(line.node);
                }
            }
        }
        boolean more = lines.end();
        FxChildren.sync(getChildren(), children);
        markSelection();
        if (more) {
            FxPulses.afterNextPulse(this, () -> fill(gen));
        }
    }

    /**
     * The weekday and date columns over the lines, shown apart from them (the view pins it above the
     * lines' scroll pane); hidden with the grid.
     */
    public Region head() {
        return head;
    }

    private static Label groupTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("group-title");
        return title;
    }

    private static HBox header(LocalDate today) {
        DateTimeFormatter dayFormat = HabitDetailView.format("habits.format.grid.day");
        HBox header = new HBox(4);
        header.getStyleClass().add("habit-grid-head"); // the lines' side padding: its columns over theirs
        Region nameSpace = new Region();
        nameSpace.getStyleClass().add("habit-names");
        header.getChildren().add(nameSpace);
        for (int k = 6; k >= 0; k--) {
            Label d = new Label(dayFormat.format(today.minusDays(k)));
            d.getStyleClass().addAll("text-muted", "text-small", "day-head");
            d.setAlignment(Pos.CENTER);
            header.getChildren().add(d);
        }
        // as wide as a line's streak and strength, so that the header's name space shrinks with the lines' names
        Label streakSpace = new Label();
        streakSpace.getStyleClass().addAll("text-small", "habit-streak");
        Label strengthSpace = new Label();
        strengthSpace.getStyleClass().addAll("strength-value", "habit-strength");
        header.getChildren().addAll(streakSpace, strengthSpace);
        return header;
    }

    /** One habit's line: its name and schedule, the last seven days, its streak and strength. */
    private final class Line {
        private final Label name = new Label();
        private final Label sched = new Label();
        private final Button[] cells = new Button[7];
        private final Label streak = new Label();
        private final Label strength = new Label();
        private final HBox node;
        /** The row last shown (the handlers act on it). */
        private HabitRow row;
        /** What each cell shows, to touch only the cells that change (null: not shown yet). */
        private final String[] shownCells = new String[7];

        Line(long id) {
            name.getStyleClass().add("habit-name");
            name.setWrapText(true); // a long name takes two lines where the window is narrow, never "…"
            name.setMinHeight(Region.USE_PREF_SIZE);
            sched.getStyleClass().addAll("text-muted", "text-small");
            sched.setWrapText(true); // the names column is narrower in a narrow window
            sched.setMinHeight(Region.USE_PREF_SIZE);
            VBox names = new VBox(0, name, sched);
            names.getStyleClass().add("habit-names");
            node = new HBox(4, names);
            node.setAlignment(Pos.CENTER_LEFT);
            node.getStyleClass().add("habit-row");
            node.setOnMouseClicked(e -> vm.selectedProperty().set(row));
            for (int k = 6; k >= 0; k--) {
                LocalDate day = madeFor.minusDays(k);
                cells[6 - k] = cell(id, day, k == 0);
                node.getChildren().add(cells[6 - k]);
            }
            streak.setId("habit-" + id + "-streak");
            streak.getStyleClass().addAll("text-small", "habit-streak");
            streak.setWrapText(true); // "104 weeks" on two lines in a narrow window's streak column
            streak.setMinHeight(Region.USE_PREF_SIZE);
            FxLazyTooltip.install(streak, () -> t("habits.grid.streak.tooltip", row.stats().best().describe()));
            strength.setId("habit-" + id + "-strength");
            strength.getStyleClass().addAll("strength-value", "habit-strength");
            FxLazyTooltip.install(strength, HabitMath::strengthExplained);
            // streak and strength right after the days (not at the far end of a wide window)
            node.getChildren().addAll(streak, strength);
        }

        void show(HabitRow r) {
            row = r;
            node.setUserData(r);
            Habit h = r.habit();
            name.setText(h.archived() ? t("habits.grid.archived", h.name()) : h.name());
            sched.setText(h.schedule().describe());
            for (int k = 6; k >= 0; k--) {
                showState(6 - k, madeFor.minusDays(k));
            }
            streak.setText(r.streakShown(madeFor));
            strength.setText(I18n.percent(r.stats().strength()));
        }

        private void showState(int i, LocalDate day) {
            CheckIn.State st = row.stateOn(day);
            boolean before = row.habit().startsAfter(day);
            String accessible = row.habit().name() + ", " + full.format(day) + ", " + dayText(day);
            if (accessible.equals(shownCells[i])) {
                return;
            }
            shownCells[i] = accessible;
            Button b = cells[i];
            b.getStyleClass().removeAll("done", "skipped", BEFORE_START);
            // a day before the habit existed: drawn muted, left out of the keyboard's way, and inert (see cell); it
            // holds no mark (one that sync brings moves the start that counts to it, see HabitRow)
            b.setFocusTraversable(!before);
            if (before) {
                b.getStyleClass().add(BEFORE_START);
            }
            if (st == CheckIn.State.DONE) {
                b.getStyleClass().add("done");
                b.setGraphic(new FontIcon("fth-check"));
            } else if (st == CheckIn.State.SKIPPED) {
                b.getStyleClass().add("skipped");
                b.setGraphic(new FontIcon("fth-minus"));
            } else {
                b.setGraphic(null);
            }
            b.setAccessibleText(accessible);
        }

        private Button cell(long id, LocalDate day, boolean isToday) {
            Button b = new Button();
            b.setId("habit-" + id + "-day-" + day);
            b.getStyleClass().add("check-cell");
            if (isToday) {
                b.getStyleClass().add("today");
            }
            // tooltip and menu made when first wanted (see FxLazyTooltip); the tooltip reads the day's
            // state each time it shows
            FxLazyTooltip.install(b, () -> {
                String note = row.noteOn(day);
                String what = t("habits.grid.cell.tooltip", row.habit().name(), full.format(day), dayText(day));
                return row.habit().startsAfter(day) ? what
                        : what + (note.isEmpty() ? "" : "\n" + note) + "\n" + t("habits.grid.cell.keys");
            });
            // a day before the habit's start takes no press (nor shows one, nor takes the focus), key or menu: it
            // only tells why in its tooltip
            b.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> consumeIfInert(e, day));
            b.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> consumeIfInert(e, day));
            b.setOnAction(e -> {
                if (inert(day)) {
                    return;
                }
                vm.selectedProperty().set(row);
                vm.selectedDayProperty().set(day);
                vm.toggleDone(row, day);
            });
            b.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.S && !inert(day)) {
                    vm.selectedProperty().set(row);
                    vm.selectedDayProperty().set(day);
                    vm.toggleSkipped(row, day);
                    e.consume();
                }
            });
            b.focusedProperty().addListener((o, a, focused) -> {
                if (focused) {
                    vm.selectedProperty().set(row);
                    vm.selectedDayProperty().set(day);
                }
            });
            b.setOnContextMenuRequested(e -> {
                e.consume();
                if (inert(day)) {
                    return;
                }
                MenuItem done = new MenuItem(t("habits.grid.menu.done"));
                done.setOnAction(a -> vm.toggleDone(row, day));
                MenuItem skip = new MenuItem(t("habits.grid.menu.skipped"));
                skip.setOnAction(a -> vm.toggleSkipped(row, day));
                new ContextMenu(done, skip).show(b, e.getScreenX(), e.getScreenY());
            });
            return b;
        }

        private void consumeIfInert(MouseEvent e, LocalDate day) {
            if (inert(day)) {
                e.consume();
            }
        }

        /** Whether the cell's day is before the habit's start: nothing to do there. */
        private boolean inert(LocalDate day) {
            return row != null && row.habit().startsAfter(day);
        }

        /** The day's state as words, or that the habit had not started: "before this habit started (12 March 2026)". */
        private String dayText(LocalDate day) {
            return row.habit().startsAfter(day) ? t("habits.grid.cell.before.start", row.habit().startShown())
                    : stateText(row.stateOn(day));
        }
    }

    private static String stateText(CheckIn.State st) {
        return t(st == null ? "habits.state.empty" : st == CheckIn.State.DONE ? "habits.state.done"
                : "habits.state.skipped.long");
    }

    private void markSelection() {
        HabitRow sel = vm.selectedProperty().get();
        getChildren().forEach(n -> {
            if (n.getUserData() instanceof HabitRow r) {
                boolean on = sel != null && r.habit().id() == sel.habit().id();
                n.pseudoClassStateChanged(PseudoClass.getPseudoClass("selected"), on);
            }
        });
    }

    /** Puts keyboard focus on today's cell of the selected (or first) habit after a reload. */
    public void focusToday() {
        HabitRow sel = vm.selectedProperty().get();
        if (sel == null && !vm.rows().isEmpty()) {
            sel = vm.rows().get(0);
        }
        if (sel != null) {
            var node = lookup("#habit-" + sel.habit().id() + "-day-" + vm.today());
            if (node != null) {
                node.requestFocus();
            }
        }
    }
}
