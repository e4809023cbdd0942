package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.FxPulses;
import app.microlead.ui.Page;
import app.microlead.ui.Shortcuts;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Habits view: the grid of micro-actions with their week, and the selected one's detail. */
public final class HabitsView implements Page {

    /**
     * Below this page width, in ems of the app's text (a window narrower than ~820 px at normal text), the page
     * takes its narrow layout: the names and streaks columns narrower (their words wrap), the catalogue and new
     * buttons as icons, the hint under the pillar cards. The grid then fits a window of the smallest width.
     */
    static final double NARROW_BELOW_EM = 54;
    /** Style class of the page in its narrow layout (the stylesheet narrows the grid's columns under it). */
    static final String NARROW = "narrow";
    /**
     * Below this page width, in ems (large text in a window of the smallest width), the grid narrows further: the
     * day cells narrower, and no strength column (the selected habit's figures show it).
     */
    static final double NARROWER_BELOW_EM = 40;
    /** Style class of the page in its narrowest layout. */
    static final String NARROWER = "narrower";

    private final HabitsViewModel vm;
    private final VBox root;
    private final CheckGridControl grid;
    private final ScrollPane gridScroll;
    private final HBox pillarBar = new HBox(16);
    private final SplitPane split;
    private final CheckInExtraView dayExtra;
    /** The selected habit's detail: made a frame after the first show, null before. */
    private HabitDetailView detail;
    private boolean shownOnce;

    /** @param shortcuts where Ctrl+N (a new habit) is registered; it works while Habits is shown */
    public HabitsView(HabitsViewModel vm, Shortcuts shortcuts) {
        this(vm, shortcuts, CheckInExtraView.none());
    }

    /** @param dayExtra shown beside the selected day's note in the habit's history (who it was for) */
    public HabitsView(HabitsViewModel vm, Shortcuts shortcuts, CheckInExtraView dayExtra) {
        this.vm = vm;
        Label title = new Label(t("habits.title"));
        title.getStyleClass().add("title-2");
        Button add = new Button(t("habits.new"), new FontIcon("fth-plus"));
        add.setId("habits-add");
        FxLazyTooltip.install(add, () -> t("habits.new.tooltip"));
        add.setOnAction(e -> addHabit());
        Button fromCatalogue = new Button(t("habits.catalogue"), new FontIcon("fth-list"));
        fromCatalogue.setId("habits-catalogue");
        FxLazyTooltip.install(fromCatalogue, () -> t("habits.catalogue.title"));
        fromCatalogue.setOnAction(e -> CatalogueDialog.show(window(), vm.catalogue(),
                vm.rows().stream().map(r -> r.habit().catalogueId()).filter(Objects::nonNull)
                        .collect(Collectors.toSet()), vm::addFromCatalogue));
        CheckBox archived = new CheckBox(t("habits.show.archived"));
        archived.setId("habits-show-archived");
        archived.selectedProperty().bindBidirectional(vm.showArchivedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, archived, fromCatalogue, add);
        head.setAlignment(Pos.CENTER_LEFT);

        pillarBar.setId("habits-pillar-strength");
        vm.pillarStrengthProperty().addListener((o, a, m) -> fillPillars(m));

        grid = new CheckGridControl(vm);
        VBox empty = FxLabels.emptyState(t("habits.empty"),
                FxLabels.action("habits-empty-catalogue", t("habits.empty.catalogue"), fromCatalogue::fire),
                FxLabels.action("habits-empty-new", t("habits.empty.new"), this::addHabit));
        // only after a load found none: while the habits load, "not tracking anything" would be wrong
        empty.visibleProperty().bind(vm.noHabitsProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        Label hint = new Label(t("habits.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // wraps instead of ending in "…" when the text is long
        gridScroll = new ScrollPane(new VBox(10, empty, grid));
        gridScroll.setFitToWidth(true);
        gridScroll.setId("habits-grid-scroll");
        // the day columns stay in view while the habits scroll under them
        VBox gridWithHead = FxLayouts.withPinnedGridHead(grid.head(), gridScroll);
        VBox.setVgrow(gridWithHead, Priority.ALWAYS);

        Label undoText = new Label();
        undoText.textProperty().bind(vm.undoTextProperty());
        Button undo = new Button(t("habits.undo"), new FontIcon("fth-rotate-ccw"));
        undo.setId("habits-undo");
        undo.setOnAction(e -> vm.undoDelete());
        HBox undoBar = new HBox(12, undoText, undo);
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.getStyleClass().add("undo-bar");
        undoBar.visibleProperty().bind(vm.undoAvailableProperty());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        Label message = new Label();
        message.setId("habits-message");
        message.setWrapText(true);
        message.getStyleClass().addAll("text-muted", "text-small");
        message.textProperty().bind(vm.messageProperty());

        // the hint beside the pillar cards, not on a line of its own: room for more habits
        HBox.setHgrow(hint, Priority.ALWAYS);
        pillarBar.setMinWidth(Region.USE_PREF_SIZE);
        HBox pillarsAndHint = new HBox(24, pillarBar, hint);
        pillarsAndHint.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(12, head, pillarsAndHint, gridWithHead, undoBar, message);
        BooleanSupplier fit = () -> fitWidth(top, pillarsAndHint, hint, archived, add, fromCatalogue);
        top.setMinHeight(220);
        split = new SplitPane(top);
        split.setOrientation(Orientation.VERTICAL);
        // with no habit there is nothing to detail: no weekday header over an empty grid, no empty chart
        grid.visibleProperty().bind(vm.noHabitsProperty().not());
        grid.managedProperty().bind(grid.visibleProperty());
        // the selected habit's detail (its history, year map and chart) is made a frame after the first show:
        // the grid and the detail in one frame held the window for a quarter of a second
        this.dayExtra = dayExtra;
        vm.noHabitsProperty().addListener((o, had, none) -> showDetail());
        split.getStyleClass().add("habits-split");
        root = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        FxLayouts.page(root);
        root.setId("page-habits");
        // the layout is decided on the width the page is given (its parent's), not on its own: in the wide layout the
        // page is at least as wide as its grid; the check box has the page's text size as laid out
        FxLayouts.onGivenWidth(root, fit);
        shortcuts.whileShowing("habit.new", root, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                this::addHabit);
        fillPillars(vm.pillarStrengthProperty().get());
    }

    /** Whether a page {@code width} px wide, in text of {@code fontPx}, takes the narrow layout. */
    static boolean narrow(double width, double fontPx) {
        return FxLayouts.narrowerThan(width, NARROW_BELOW_EM, fontPx);
    }

    /** Takes the narrow layout, or leaves it, as the page's width (or the text size) asks; whether it changed. */
    private boolean fitWidth(VBox top, HBox pillarsAndHint, Label hint, CheckBox archived, Button... buttons) {
        double given = FxLayouts.givenWidth(root);
        double fontPx = archived.getFont().getSize();
        boolean narrowest = FxLayouts.narrowerThan(given, NARROWER_BELOW_EM, fontPx);
        boolean changed = narrowest != root.getStyleClass().contains(NARROWER);
        if (changed) {
            if (narrowest) {
                root.getStyleClass().add(NARROWER);
            } else {
                root.getStyleClass().remove(NARROWER);
            }
        }
        boolean now = narrow(given, fontPx);
        if (now == root.getStyleClass().contains(NARROW)) {
            return changed;
        }
        if (now) {
            root.getStyleClass().add(NARROW);
            pillarsAndHint.getChildren().remove(hint);
            top.getChildren().add(top.getChildren().indexOf(pillarsAndHint) + 1, hint);
        } else {
            root.getStyleClass().remove(NARROW);
            top.getChildren().remove(hint);
            pillarsAndHint.getChildren().add(hint);
        }
        for (Button b : buttons) {
            b.setContentDisplay(now ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT); // each names itself in a tooltip
        }
        return true;
    }

    private void fillPillars(Map<Pillar, OptionalDouble> strengths) {
        pillarBar.getChildren().clear();
        for (Pillar p : Pillar.values()) {
            OptionalDouble v = strengths.getOrDefault(p, OptionalDouble.empty());
            Label value = new Label(v.isPresent() ? I18n.percent(v.getAsDouble()) : "–");
            value.setId("pillar-strength-" + p.name().toLowerCase());
            value.getStyleClass().add("stat-value");
            Label caption = new Label(t("habits.pillar.strength", p.label()));
            caption.getStyleClass().addAll("text-muted", "text-small");
            VBox box = new VBox(0, value, caption);
            box.getStyleClass().addAll("card", "pillar-card");
            FxLazyTooltip.install(box, () -> t("habits.pillar.strength.tooltip", p.label()));
            pillarBar.getChildren().add(box);
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void addHabit() {
        HabitEditorDialog.show(window(), new HabitFormViewModel(null, vm.today()))
                .ifPresent(vm::add);
    }

    private void editSelected() {
        HabitRow r = vm.selectedProperty().get();
        if (r != null) {
            HabitEditorDialog.show(window(), new HabitFormViewModel(r.habit(), vm.today(), r.checkIns().first()))
                    .ifPresent(vm::update);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    /** The detail under the grid while there are habits; none while there are none (or before it is made). */
    private void showDetail() {
        if (detail == null) {
            return;
        }
        if (vm.noHabitsProperty().get()) {
            split.getItems().remove(detail.node());
        } else if (!split.getItems().contains(detail.node())) {
            split.getItems().add(detail.node());
            split.setDividerPositions(0.66);
        }
    }

    @Override
    public void onShow() {
        if (!shownOnce) {
            shownOnce = true;
            FxPulses.afterNextPulse(root, () -> {
                detail = new HabitDetailView(vm, this::editSelected, gridScroll::requestFocus,
                        () -> FxPulses.afterNextPulse(grid, grid::focusToday), dayExtra);
                showDetail();
            });
        }
        vm.load();
    }
}
