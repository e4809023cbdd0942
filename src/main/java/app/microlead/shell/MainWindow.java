package app.microlead.shell;

import static app.microlead.common.I18n.t;

import app.microlead.common.FontSize;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxFocus;
import app.microlead.ui.FxKeyboardTooltips;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.FxWarmUp;
import app.microlead.ui.Page;
import app.microlead.ui.Shortcuts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: a sidebar with the six views and the area that shows the current one.
 * Pages are created the first time they are visited.
 */
public final class MainWindow {

    /** Style class of the sidebar while it shows its icons only. */
    static final String ICONS_ONLY = "icons-only";

    private static final Map<ViewId, String> ICONS = Map.of(
            ViewId.TODAY, "fth-sun",
            ViewId.JOURNAL, "fth-book-open",
            ViewId.HABITS, "fth-check-square",
            ViewId.ASSESSMENT, "fth-compass",
            ViewId.INSIGHTS, "fth-trending-up",
            ViewId.PEOPLE, "fth-users",
            ViewId.SETTINGS, "fth-settings");

    /**
     * Below this window width, in ems of the app's text (1,050 px at normal text, 1,350 px with large text),
     * the sidebar shows its icons only (each names its view in a tooltip), so that a window half a screen
     * wide, or a small laptop's with large text, shows the views without scrolling sideways.
     */
    static final double ICONS_ONLY_BELOW_EM = 75;

    private final ShellViewModel vm;
    private Shortcuts shortcuts;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<ViewId, ToggleButton> navButtons = new EnumMap<>(ViewId.class);
    private final Map<ViewId, Supplier<Page>> factories = new EnumMap<>(ViewId.class);
    private final Map<ViewId, Page> pages = new EnumMap<>(ViewId.class);
    private Page shown;
    /** Shown in place of the pages (opening, locked), or null. */
    private Node instead;
    private boolean blocked;
    private VBox sidebar;
    private final List<Labeled> sidebarTexts = new ArrayList<>();
    private Label brand;
    private Label status;

    public MainWindow(ShellViewModel vm) {
        this.vm = vm;
        root.setId("main-window");
        root.setLeft(buildSidebar());
        content.getStyleClass().add("content");
        content.setId("content");
        root.setCenter(content);
        showLoading();
        vm.currentViewProperty().addListener((obs, old, now) -> {
            selectNav(now);
            showPage(now);
        });
        selectNav(vm.currentViewProperty().get());
        root.widthProperty().addListener((o, a, b) -> fitSidebar());
        vm.fontSizeProperty().addListener((o, a, b) -> fitSidebar());
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && was == null) {
                FxKeyboardTooltips.install(scene);
            }
        });
    }

    /** Whether a window {@code width} px wide with text of {@code size} shows the sidebar's icons only. */
    static boolean iconsOnly(double width, FontSize size) {
        return FxLayouts.narrowerThan(width, ICONS_ONLY_BELOW_EM, size.pixels());
    }

    private void fitSidebar() {
        boolean iconsOnly = iconsOnly(root.getWidth(), vm.fontSizeProperty().get());
        if (iconsOnly == sidebar.getStyleClass().contains(ICONS_ONLY)) {
            return;
        }
        if (iconsOnly) {
            sidebar.getStyleClass().add(ICONS_ONLY);
        } else {
            sidebar.getStyleClass().remove(ICONS_ONLY);
        }
        for (Labeled l : sidebarTexts) {
            l.setContentDisplay(iconsOnly ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            l.setAlignment(iconsOnly ? Pos.CENTER : Pos.CENTER_LEFT);
        }
        status.setContentDisplay(iconsOnly ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.TEXT_ONLY);
        status.setAlignment(iconsOnly ? Pos.CENTER : Pos.CENTER_LEFT);
        status.setMaxWidth(iconsOnly ? Double.MAX_VALUE : Region.USE_COMPUTED_SIZE);
        brand.setVisible(!iconsOnly);
        brand.setManaged(!iconsOnly);
    }

    public Parent root() {
        return root;
    }

    /** Shows something in place of the views while the journal is not open yet (the unlock screen). */
    public void showInstead(Node node) {
        pages.values().forEach(p -> display(p.node(), false));
        if (instead != null) {
            content.getChildren().remove(instead);
        }
        instead = node;
        content.getChildren().add(node);
        if (pages.values().stream().anyMatch(p -> FxFocus.holdsFocus(p.node()))) {
            // nothing may be typed into a hidden view (while locked, say)
            node.requestFocus();
        }
    }

    /** Shows the current page again (after {@link #showInstead}). */
    public void restoreCurrent() {
        if (shown != null) {
            clearInstead();
            display(shown.node(), true);
            shown.onShow();
        }
    }

    private void clearInstead() {
        if (instead != null) {
            content.getChildren().remove(instead);
            instead = null;
        }
    }

    /** Installs the page factories once the journal is open, then shows the current view. */
    public void install(Map<ViewId, Supplier<Page>> pageFactories) {
        factories.putAll(pageFactories);
        showPage(vm.currentViewProperty().get());
    }

    /** Declares the shortcuts sheet and adds F1 (the sheet) and Ctrl+1 … Ctrl+7 (the views). */
    public void installShortcuts(Shortcuts shortcuts) {
        this.shortcuts = shortcuts;
        ShortcutsDialog.declare(shortcuts);
        shortcuts.global("help", new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (ViewId v : ViewId.values()) {
            KeyCode code = digits[v.ordinal()];
            shortcuts.global("views", new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN),
                    () -> vm.navigateByDigit(v.shortcutDigit()));
        }
    }

    private void showShortcuts() {
        if (shortcuts != null) {
            ShortcutsDialog.show(shortcuts.scene().getWindow(), shortcuts.lines());
        }
    }

    /** Lets the shown page save its pending edits (before a lock). */
    public void hideCurrent() {
        if (shown != null) {
            shown.onHide();
        }
    }

    /** What the user typed on any page and has not saved (one line each); empty when nothing is. */
    public List<String> unsavedWork() {
        return pages.values().stream().flatMap(p -> p.unsavedWork().stream()).toList();
    }

    /** Whether the views cannot be reached (a locked journal): nothing of them may be shown, names neither. */
    public boolean isBlocked() {
        return blocked;
    }

    /** Hides the current page and lets every created page finish its work. */
    public void close() {
        if (shown != null) {
            shown.onHide();
        }
        pages.values().forEach(Page::onClose);
    }

    public Page page(ViewId id) {
        return pages.get(id);
    }

    private Node buildSidebar() {
        brand = new Label("Microlead");
        brand.getStyleClass().add("brand");
        ImageView mark = new ImageView(new Image(
                MainWindow.class.getResourceAsStream("/app/microlead/icons/microlead-64.png"), 22, 22, true, true));
        HBox brandRow = new HBox(8, mark, brand);
        brandRow.setAlignment(Pos.CENTER_LEFT);
        brandRow.setPadding(new Insets(4, 8, 16, 8));

        VBox nav = new VBox(4);
        nav.getChildren().add(brandRow);
        for (ViewId v : ViewId.values()) {
            ToggleButton b = new ToggleButton(v.title(), new FontIcon(ICONS.get(v)));
            b.setId(v.navId());
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            FxLazyTooltip.install(b, () -> t("shell.nav.tooltip", v.title(), String.valueOf(v.shortcutDigit())));
            b.setOnAction(e -> {
                vm.navigate(v);
                b.setSelected(true);
            });
            if (v == ViewId.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                nav.getChildren().add(spacer);
            }
            navButtons.put(v, b);
            sidebarTexts.add(b);
            nav.getChildren().add(b);
        }
        Button help = new Button(t("shell.nav.help"), new FontIcon("fth-help-circle"));
        help.setId("nav-help");
        help.getStyleClass().addAll("nav-button", "flat");
        help.setMaxWidth(Double.MAX_VALUE);
        help.setAlignment(Pos.CENTER_LEFT);
        FxLazyTooltip.install(help, () -> t("shell.nav.help.tooltip"));
        help.setOnAction(e -> showShortcuts());
        sidebarTexts.add(help);
        nav.getChildren().add(help);
        // the highlight is the page shown: the arrow keys move the focus between the entries (Space or Enter
        // opens one), never the highlight alone (JavaFX's toggle group moved it while the page stayed)
        List<Node> entries = new ArrayList<>(navButtons.values());
        entries.add(help);
        for (Node entry : entries) {
            entry.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                int step = FxFocus.arrowStep(e);
                if (step != 0) {
                    e.consume();
                    FxFocus.focusByKeyboard(entries.get(Math.floorMod(entries.indexOf(entry) + step, entries.size())));
                }
            });
        }
        navGroup.selectedToggleProperty().addListener((o, was, now) -> {
            ToggleButton shown = navButtons.get(vm.currentViewProperty().get());
            if (now != shown && shown != null) {
                Platform.runLater(() -> selectNav(vm.currentViewProperty().get())); // not within the group's own change
            }
        });
        status = new Label(null, new FontIcon("fth-info"));
        status.setId("shell-status");
        status.getStyleClass().addAll("text-muted", "text-small");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        // with the icons only, the status is an icon that tells it in its tooltip (and to a screen reader)
        FxLazyTooltip.install(status, vm.statusProperty()::get);
        status.setContentDisplay(ContentDisplay.TEXT_ONLY);
        nav.getChildren().add(status);
        nav.getStyleClass().add("sidebar");
        sidebar = nav;
        nav.setPadding(new Insets(16, 10, 12, 10));
        return nav;
    }

    private void selectNav(ViewId v) {
        ToggleButton b = navButtons.get(v);
        if (b != null) {
            b.setSelected(true);
        }
    }

    private void showLoading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label(t("shell.loading"));
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.setId("loading");
        showInstead(box);
        box.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && was == null) {
                FxWarmUp.start(box);
            }
        });
    }

    /** While blocked (locked journal) the views cannot be reached. */
    public void setBlocked(boolean block) {
        blocked = block;
        navButtons.values().forEach(b -> b.setDisable(block));
        if (!block) {
            showPage(vm.currentViewProperty().get());
            restoreCurrent();
        }
    }

    private void showPage(ViewId id) {
        if (blocked) {
            return;
        }
        Supplier<Page> factory = factories.get(id);
        if (factory == null) {
            return; // still opening
        }
        Page next = pages.computeIfAbsent(id, k -> factory.get());
        if (next == shown) {
            return;
        }
        Node old = null;
        if (shown != null) {
            shown.onHide();
            old = shown.node();
        }
        shown = next;
        Node node = next.node();
        if (node instanceof Region r && !(node instanceof ScrollPane)) {
            r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        clearInstead();
        // A page stays in the scene once made and is hidden while another shows: adding it again would
        // style its whole tree again (a quarter of a second for a large page).
        if (node.getParent() != content) {
            content.getChildren().add(node);
        }
        boolean focusWasThere = old != null && FxFocus.holdsFocus(old);
        if (old != null) {
            display(old, false);
        }
        display(node, true);
        if (focusWasThere) {
            // typing must not go on in a hidden page: the keyboard goes to the view's button
            navButtons.get(id).requestFocus();
        }
        next.onShow();
    }

    private static void display(Node page, boolean on) {
        page.setVisible(on);
        page.setManaged(on);
    }
}
