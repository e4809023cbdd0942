package app.microlead.today;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.journal.EntryEditorView;
import app.microlead.ui.FxDates;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxPulses;
import app.microlead.ui.Page;
import app.microlead.ui.Shortcuts;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The end-of-day check-in on one screen. */
public final class TodayView implements Page {

    private final TodayViewModel vm;
    private final VBox root;
    private final EntryEditorView editor;
    private final VBox page;
    /** The parts of the page under its head: added one a frame from the first show, top to bottom. */
    private final List<Supplier<Node>> laterParts;
    private final ReadOnlyBooleanWrapper built = new ReadOnlyBooleanWrapper(this, "built");
    private boolean adding;

    /**
     * @param planSlot   the current if–then plan (the assessment feature provides it)
     * @param habitsSlot the habit check-ins of the shown day (the habits feature provides it)
     * @param shortcuts  where Alt+Page Up/Down and Alt+Home are registered (they work while Today is shown)
     */
    public TodayView(TodayViewModel vm, Node planSlot, Node habitsSlot, Shortcuts shortcuts) {
        this(vm, planSlot, habitsSlot, shortcuts, c -> { }, new VBox());
    }

    /**
     * @param textSupport  told about every control the user writes in (the people feature's @ completion)
     * @param writingSlot  shown under the writing (the @Names that are no one on the roster yet)
     */
    public TodayView(TodayViewModel vm, Node planSlot, Node habitsSlot, Shortcuts shortcuts,
                     Consumer<TextInputControl> textSupport, Node writingSlot) {
        this.vm = vm;
        this.editor = new EntryEditorView(vm.editor(), textSupport);
        // Each part is made and styled in a frame of its own (the first, the date and its navigation, at once):
        // the whole day at once kept the window from drawing for a third of a second at start-up, and the date
        // with the cards above the day for a quarter.
        page = new VBox(18);
        laterParts = List.of(() -> planSlot, () -> habitsSlot, editor::ratings, editor::prompts, editor::writing,
                () -> writingSlot);
        page.getStyleClass().add("today-column");
        FxLayouts.page(page, 4, FxLayouts.PAGE_MARGIN_Y); // right under the head
        ScrollPane scroll = FxLayouts.readingPage(page);
        scroll.setId("today-scroll");
        // the date and its navigation stay in view while the day scrolls under them
        Region head = header();
        FxLayouts.page(head, FxLayouts.PAGE_MARGIN_Y, 12);
        root = FxLayouts.withPinnedHead(head, scroll);
        root.setId("page-today");
        // another day opened (from the Journal, the arrows, the date field): from its top
        vm.dateProperty().addListener((o, a, d) -> Platform.runLater(() -> scroll.setVvalue(0)));
        shortcuts.whileShowing("day.move", root, new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.ALT_DOWN),
                vm::previousDay);
        shortcuts.whileShowing("day.move", root, new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.ALT_DOWN),
                vm::nextDay);
        shortcuts.whileShowing("day.today", root, new KeyCodeCombination(KeyCode.HOME, KeyCombination.ALT_DOWN),
                vm::goToday);
    }

    /** Cards of other features shown above the day (this week's focus, people, the plan), one under the other. */
    public static Node cards(Node... cards) {
        return new VBox(16, cards);
    }

    private Region header() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(t("today.date.title"), I18n.locale());
        Label title = new Label();
        title.setId("today-date-title");
        title.getStyleClass().add("title-2");
        title.setWrapText(true); // large text in a narrow window: two lines rather than cut
        title.textProperty().bind(Bindings.createStringBinding(
                () -> vm.dateProperty().get() == null ? "" : format.format(vm.dateProperty().get()), vm.dateProperty()));

        Button prev = iconButton("today-prev-day", "fth-chevron-left", t("today.day.previous"));
        prev.setOnAction(e -> vm.previousDay());
        Button next = iconButton("today-next-day", "fth-chevron-right", t("today.day.next"));
        next.setOnAction(e -> vm.nextDay());
        next.disableProperty().bind(vm.canGoForwardProperty().not());
        Button today = new Button(t("today.day.today"));
        today.setId("today-go-today");
        FxLazyTooltip.install(today, () -> t("today.day.today.tooltip"));
        today.setOnAction(e -> vm.goToday());
        today.disableProperty().bind(vm.showingTodayProperty());

        DatePicker picker = new DatePicker();
        picker.setId("today-date-picker");
        picker.setPrefWidth(140);
        picker.setConverter(FxDates.converter(DateTimeFormatter.ofPattern(t("today.date.picker"), I18n.locale()),
                List.of(DateTimeFormatter.ofPattern(t("today.date.typed"), I18n.locale()))));
        FxDates.noDayAfter(picker, vm::today);
        vm.dateProperty().addListener((o, a, d) -> picker.setValue(d));
        picker.valueProperty().addListener((o, a, d) -> {
            if (d != null && !d.equals(vm.dateProperty().get())) {
                vm.open(d);
                if (!d.equals(vm.dateProperty().get())) {
                    picker.setValue(vm.dateProperty().get()); // a day to come: the field shows the day shown
                }
            }
        });

        Label status = new Label();
        status.setId("today-status");
        status.getStyleClass().addAll("text-muted", "text-small");
        status.textProperty().bind(vm.editor().statusProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(6, prev, today, next, picker);
        nav.setAlignment(Pos.CENTER_RIGHT);
        nav.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(12, title, spacer, nav);
        top.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(t("today.hint"));
        hint.getStyleClass().add("text-muted");
        // a typed day still to come: said where the eye is, instead of silently showing today
        hint.textProperty().bind(Bindings.createStringBinding(() -> vm.dateNoticeProperty().get()
                .isEmpty() ? t("today.hint") : vm.dateNoticeProperty().get(), vm.dateNoticeProperty()));
        hint.setId("today-hint");
        hint.setWrapText(true); // large text: two lines, never "…"
        status.setMinWidth(Region.USE_PREF_SIZE);
        vm.dateNoticeProperty().addListener((o, a, n) -> hint.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("notice"), !n.isEmpty()));
        Region s2 = new Region();
        HBox.setHgrow(s2, Priority.ALWAYS);
        HBox sub = new HBox(8, hint, s2, status);
        return new VBox(4, top, sub);
    }

    private static Button iconButton(String id, String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        FxLazyTooltip.install(b, () -> tip);
        b.setAccessibleText(tip.replaceFirst(" \\(.*\\)$", ""));
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    /** Whether every part of the day is in the page (they come a frame each after the first show). */
    public ReadOnlyBooleanProperty builtProperty() {
        return built.getReadOnlyProperty();
    }

    @Override
    public void onShow() {
        if (!adding) {
            adding = true;
            FxPulses.addOneAFrame(page, laterParts.iterator(), () -> built.set(true));
        }
        if (vm.dateProperty().get() == null) {
            vm.goToday();
        } else {
            vm.refreshFollowers();
        }
    }

    @Override
    public void onHide() {
        vm.flush();
    }

    @Override
    public void onClose() {
        vm.flush();
    }
}
