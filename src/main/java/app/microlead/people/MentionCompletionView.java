package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.Scheduler;
import app.microlead.ui.FxFocus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * {@code @} completion in the controls the user writes in: typing {@code @} and the start of a name
 * opens a list of matching people under the caret (Up/Down choose, Enter or Tab insert
 * {@code @Name}, Escape closes, typing goes on narrowing it). Under the writing, the {@code @Names}
 * that are no one on the roster are offered with "Add to People", and each {@code !promise @Name …} line
 * with "Make it a promise".
 */
public final class MentionCompletionView {

    private static final Duration CHECK_DELAY = Duration.ofMillis(400);
    private static final int MAX_QUERY = 40;

    private final MentionCompletionViewModel vm;
    private final Scheduler scheduler;
    private final List<TextInputControl> controls = new ArrayList<>();
    private final ListView<String> list = new ListView<>();
    private final Popup popup = new Popup();
    private final FlowPane unknownBar = new FlowPane(8, 6);
    private final VBox promiseBar = new VBox(6);
    private final VBox unknownBox;
    private Scheduler.Cancellable pendingCheck;
    private TextInputControl active;
    private TextInputControl lastWritten;
    private int atIndex = -1;

    public MentionCompletionView(MentionCompletionViewModel vm, Scheduler scheduler) {
        this.vm = vm;
        this.scheduler = scheduler;
        list.setId("mention-list");
        list.setFocusTraversable(false);
        list.setPrefWidth(240);
        list.setPrefHeight(8 * 28 + 4);
        list.setAccessibleText(t("people.mention.list"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty || name == null ? null : vm.label(name));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setOnHidden(e -> atIndex = -1);

        Label message = new Label();
        message.setId("mention-message");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        unknownBar.setId("mention-unknown");
        unknownBar.setAlignment(Pos.CENTER_LEFT);
        promiseBar.setId("promise-lines");
        promiseBar.managedProperty().bind(Bindings.isNotEmpty(vm.promises()));
        unknownBox = new VBox(6, unknownBar, promiseBar, message);
        vm.unknown().addListener((ListChangeListener<String>) c -> showUnknown());
        vm.shared().addListener((ListChangeListener<String>) c -> showUnknown());
        vm.promises().addListener((ListChangeListener<MentionCompletionViewModel.PromiseOffer>) c -> keepingFocus(() -> {
            layPromises();
            layUnknown(); // a name whose promise line offers "Add to People" is not offered above too
        }));
        unknownBox.visibleProperty().bind(message.textProperty().isNotEmpty()
                .or(Bindings.isNotEmpty(vm.unknown())).or(Bindings.isNotEmpty(vm.shared())).or(Bindings.isNotEmpty(vm.promises())));
        unknownBox.managedProperty().bind(unknownBox.visibleProperty());
    }

    /** Completion in {@code control}, and its {@code @Names} checked against the roster. */
    public void install(TextInputControl control) {
        controls.add(control);
        control.caretPositionProperty().addListener((o, a, b) -> update(control));
        control.textProperty().addListener((o, a, b) -> {
            update(control);
            checkLater();
        });
        control.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                lastWritten = control;
            }
            if (!focused && active == control) {
                popup.hide();
            }
        });
        control.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        checkLater();
    }

    /** The unknown {@code @Names} with "Add to People" (hidden when there are none). */
    public Node unknownNode() {
        return unknownBox;
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing() || list.getItems().isEmpty()) {
            return;
        }
        switch (e.getCode()) {
            case DOWN -> list.getSelectionModel().select(Math.min(list.getItems().size() - 1,
                    list.getSelectionModel().getSelectedIndex() + 1));
            case UP -> list.getSelectionModel().select(Math.max(0, list.getSelectionModel().getSelectedIndex() - 1));
            case ENTER, TAB -> accept();
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        e.consume();
    }

    /** The text typed after an {@code @} up to the caret, or null when the caret is not in a mention. */
    private String query(TextInputControl c) {
        int caret = c.getCaretPosition();
        if (caret > c.getLength()) {
            return null;
        }
        // only the few characters before the caret: the whole text of a long day copied at every caret
        // move and keystroke was a cost of its own
        int from = Math.max(0, caret - MAX_QUERY - 2);
        String text = c.getText(from, caret);
        for (int i = text.length() - 1; i >= 0 && text.length() - i <= MAX_QUERY + 1; i--) {
            char ch = text.charAt(i);
            if (ch == '@') {
                boolean starts = from + i == 0 || i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1));
                atIndex = starts ? from + i : -1;
                return starts ? text.substring(i + 1) : null;
            }
            if (ch == '\n' || !(Character.isLetterOrDigit(ch) || ch == ' ' || ch == '-' || ch == '\'' || ch == '\u2019'
                    || ch == '.' || Character.getType(ch) == Character.NON_SPACING_MARK)) {
                return null;
            }
        }
        return null;
    }

    private void update(TextInputControl c) {
        if (!c.isFocused()) {
            return;
        }
        String q = query(c);
        List<String> offered = q == null ? List.of() : vm.candidates(q);
        if (offered.isEmpty()) {
            popup.hide();
            return;
        }
        active = c;
        list.getItems().setAll(offered);
        list.getSelectionModel().select(0);
        if (!popup.isShowing()) {
            Point2D at = caretOnScreen(c);
            popup.show(c, at.getX(), at.getY());
        }
    }

    private static Point2D caretOnScreen(TextInputControl c) {
        if (c.getInputMethodRequests() != null) {
            Point2D p = c.getInputMethodRequests().getTextLocation(0);
            if (p != null && (p.getX() != 0 || p.getY() != 0)) {
                return p;
            }
        }
        Bounds b = c.localToScreen(c.getBoundsInLocal());
        return b == null ? new Point2D(0, 0) : new Point2D(b.getMinX() + 12, b.getMinY() + 28);
    }

    private void accept() {
        String name = list.getSelectionModel().getSelectedItem();
        TextInputControl c = active;
        int at = atIndex;
        popup.hide();
        if (name == null || c == null || at < 0 || at > c.getCaretPosition()) {
            return;
        }
        int caret = c.getCaretPosition();
        String text = c.getText();
        boolean spaceFollows = caret < text.length() && Character.isWhitespace(text.charAt(caret));
        c.replaceText(at, caret, "@" + name + (spaceFollows ? "" : " "));
    }

    private void checkLater() {
        if (pendingCheck != null) {
            pendingCheck.cancel();
        }
        pendingCheck = scheduler.schedule(CHECK_DELAY, () -> {
            controls.removeIf(c -> c.getScene() == null); // prompt answers of a day no longer shown
            StringBuilder all = new StringBuilder();
            controls.forEach(c -> all.append(c.getText() == null ? "" : c.getText()).append('\n'));
            vm.check(all.toString());
        });
    }

    /**
     * Lays out the offers again; a focus on one of their buttons moves to the button now at its place (or
     * the last one), else back to the text last written in: the button pressed is gone, and the focus went
     * with it to the window's start (the next Tab landed in the sidebar).
     */
    private void keepingFocus(Runnable lay) {
        List<Node> before = buttons();
        Node focused = unknownBox.getScene() == null ? null : unknownBox.getScene().getFocusOwner();
        int at = before.indexOf(focused);
        lay.run();
        if (at < 0) {
            return;
        }
        List<Node> after = buttons();
        if (!after.isEmpty()) {
            FxFocus.focusByKeyboard(after.get(Math.min(at, after.size() - 1)));
        } else if (lastWritten != null && lastWritten.getScene() != null) {
            lastWritten.requestFocus();
        }
    }

    private List<Node> buttons() {
        List<Node> out = new ArrayList<>(unknownBar.lookupAll(".button"));
        out.addAll(promiseBar.lookupAll(".button"));
        return out;
    }

    private void showUnknown() {
        keepingFocus(this::layUnknown);
    }

    private void layUnknown() {
        unknownBar.getChildren().clear();
        int i = 0;
        for (String name : vm.unknown()) {
            if (vm.promises().stream().anyMatch(o -> o.name().equalsIgnoreCase(name) && !o.line().ready() && o.line().sharedBy() == 0)) {
                continue; // its promise's line below offers the same "Add to People" (it was offered twice)
            }
            Label what = new Label(t("people.mention.unknown", name));
            what.setWrapText(true);
            Button add = new Button(t("people.mention.add", name));
            add.setId("mention-add-" + i++);
            add.setOnAction(e -> vm.add(name));
            unknownBar.getChildren().addAll(what, add);
        }
        for (String note : vm.shared()) { // no "Add to People" here: one more person of that name would not help
            Label what = new Label(note);
            what.setWrapText(true);
            what.getStyleClass().add("mention-shared");
            unknownBar.getChildren().add(what);
        }
    }

    private void layPromises() {
        promiseBar.getChildren().clear();
        int i = 0;
        for (MentionCompletionViewModel.PromiseOffer offer : vm.promises()) {
            Label what = new Label(offer.label());
            what.setWrapText(true);
            if (offer.line().sharedBy() > 0) { // nothing to press: one of them needs a longer name first
                promiseBar.getChildren().add(what);
                continue;
            }
            Button act = offer.line().ready()
                    ? new Button(t("people.promise.line.make"), new FontIcon("fth-check-square"))
                    : new Button(t("people.mention.add", offer.name()), new FontIcon("fth-user-plus"));
            act.setId((offer.line().ready() ? "promise-line-make-" : "promise-line-add-") + i++);
            act.setMinWidth(Region.USE_PREF_SIZE);
            act.setOnAction(e -> {
                if (offer.line().ready()) {
                    vm.makePromise(offer);
                } else {
                    vm.add(offer.name());
                }
            });
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox row = new HBox(8, what, act);
            row.setAlignment(Pos.CENTER_LEFT);
            promiseBar.getChildren().add(row);
        }
    }

    /** Reads the roster again (Today shown). */
    public void refresh() {
        vm.load();
    }
}
