package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxCells;
import app.microlead.ui.FxFocus;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.Page;
import app.microlead.ui.FxPrompts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The People view: the roster on the left, the selected person's page on the right. In a page too narrow for
 * both, it shows one of them: the roster, or the person opened from it, with a way back.
 */
public final class PeopleView implements Page {

    /** Room under the message over the page's bottom edge. */
    private static final double SAID_MARGIN = 10;

    /**
     * Below this page width, in ems of the app's text (a window narrower than ~860 px at normal text), the roster
     * and a person's page no longer fit side by side: the roster's minimum, the gap, and a page whose form fields
     * keep their words.
     */
    static final double NARROW_BELOW_EM = 56;

    private final PeopleViewModel vm;
    private final HBox root;
    private final VBox roster;
    private final VBox personSide;
    private final ListView<PeopleViewModel.Row> list = new ListView<>();
    private final Button back = new Button(t("people.back"), new FontIcon("fth-arrow-left"));
    private final CheckBox archived = new CheckBox(t("people.show.archived"));
    private final BooleanProperty narrow = new SimpleBooleanProperty(false);
    /** In the narrow layout: the roster shown while someone is selected (the keyboard moves through it). */
    private final BooleanProperty browsing = new SimpleBooleanProperty(false);

    public PeopleView(PeopleViewModel vm) {
        this.vm = vm;
        roster = roster();
        FxLayouts.sizeInEm(roster, "-fx-min-width", 260);
        FxLayouts.sizeInEm(roster, "-fx-pref-width", 360);
        PersonView person = new PersonView(vm.page(), vm.nobodyProperty(), vm::toggleArchived, vm::deleteSelected);
        // what is said (saved, failed) shows over the page's bottom edge, not in it: the page does not move when a
        // message comes or goes, and no empty line is kept for one; while one shows, the page can scroll that much
        // further, so that nothing at its end stays under it (a scrolled page keeps its place: the scroll pane keeps
        // the content's offset when the content grows at its end)
        VBox said = new VBox(6, rosterSaysHere(), person.messageNode());
        Region underSaid = new Region();
        underSaid.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> said.getHeight() > 0 ? said.getHeight() + SAID_MARGIN : 0, said.heightProperty()));
        ScrollPane page = new ScrollPane(new VBox(person.node(), underSaid));
        page.setFitToWidth(true);
        page.setId("people-page");
        back.setId("people-back");
        back.setOnAction(e -> showRoster());
        FxLazyTooltip.install(back, () -> t("people.back.tip"));
        back.visibleProperty().bind(narrow);
        back.managedProperty().bind(back.visibleProperty());
        said.setPickOnBounds(false);
        said.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(said, Pos.BOTTOM_CENTER);
        StackPane.setMargin(said, new Insets(0, 18, SAID_MARGIN, 4)); // clear of the scroll bar
        StackPane pageAndSaid = new StackPane(page, said);
        VBox.setVgrow(pageAndSaid, Priority.ALWAYS);
        personSide = new VBox(8, back, pageAndSaid);
        // the page asks for a reading width, not for its content's (a long timeline line on one row): that made
        // the roster shrink by a third (and its lines re-wrap) whenever a person was opened. Where the window is
        // too narrow for both (large text, 1280 px), the two still give way evenly, the roster down to its minimum
        FxLayouts.sizeInEm(personSide, "-fx-pref-width", 560);
        HBox.setHgrow(personSide, Priority.ALWAYS);
        BooleanBinding someone = vm.selectedProperty().isNotNull();
        roster.visibleProperty().bind(narrow.not().or(someone.not()).or(browsing));
        roster.managedProperty().bind(roster.visibleProperty());
        personSide.visibleProperty().bind(narrow.not().or(someone.and(browsing.not())));
        personSide.managedProperty().bind(personSide.visibleProperty());
        // the keyboard's focus goes with the side shown: never left on a hidden list or on a deleted person's button
        roster.visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                focusInto(list, roster);
            }
        });
        personSide.visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                focusInto(back, personSide);
            }
        });
        root = new HBox(16, roster, personSide);
        // Escape and Alt+Left go back to the roster, unless a field took the key for itself (a completion list)
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (narrow.get() && !roster.isVisible() && (BACK_ESCAPE.match(e) || BACK_ALT_LEFT.match(e))) {
                showRoster();
                e.consume();
            }
        });
        FxLayouts.page(root);
        root.setId("page-people");
        FxLayouts.onGivenWidth(root, this::fitWidth);
    }

    /**
     * The roster's message (someone added, a save that ended for someone else, a failed write, archived, back on the
     * roster) where it is seen while the narrow layout shows a person in place of the roster: each message said while
     * the person's side is shown, until the roster shows again (the way to another person).
     */
    private Label rosterSaysHere() {
        Label said = new Label();
        said.setId("people-page-message");
        said.setWrapText(true);
        said.setMaxWidth(Double.MAX_VALUE);
        said.setMinHeight(Region.USE_PREF_SIZE);
        said.getStyleClass().add(PersonView.PAGE_MESSAGE);
        said.visibleProperty().bind(narrow.and(said.textProperty().isNotEmpty()));
        said.managedProperty().bind(said.visibleProperty());
        vm.messageProperty().addListener((o, was, now) -> {
            if (narrow.get() && personSide.isVisible()) {
                said.setText(now);
            }
        });
        roster.visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                said.setText("");
            }
        });
        return said;
    }

    private static final KeyCombination BACK_ESCAPE = new KeyCodeCombination(KeyCode.ESCAPE);
    private static final KeyCombination BACK_ALT_LEFT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    /** Whether a page {@code width} px wide, in text of {@code fontPx}, shows the roster or a person, not both. */
    static boolean narrow(double width, double fontPx) {
        return FxLayouts.narrowerThan(width, NARROW_BELOW_EM, fontPx);
    }

    /** Shows the roster and a person side by side, or one of them, as the page's width asks; whether it changed. */
    private boolean fitWidth() {
        boolean now = narrow(FxLayouts.givenWidth(root), archived.getFont().getSize()); // the page's text size
        if (now == narrow.get()) {
            return false;
        }
        if (now) {
            // entering the narrow layout: the side the keyboard is in stays shown (the scene's focus owner: not
            // the roster's focus-within, which its list's focused line sets whether or not the list has the focus)
            browsing.set(vm.selectedProperty().get() != null && FxFocus.holdsFocus(roster));
        }
        narrow.set(now);
        HBox.setHgrow(roster, now ? Priority.ALWAYS : null); // alone, the roster takes the page's width
        return true;
    }

    /** Opens the selected person's page (in the narrow layout, in place of the roster). */
    private void openSelected() {
        if (vm.selectedProperty().get() != null) {
            browsing.set(false);
        }
    }

    /** Back from a person's page to the roster, the person still selected there (the narrow layout). */
    private void showRoster() {
        browsing.set(true);
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            list.scrollTo(i);
        }
    }

    /**
     * In the narrow layout, moves the keyboard's focus to {@code target} unless it is already in {@code side}, the
     * side now shown: Escape and the arrows then reach the page, and nothing focused is hidden.
     */
    private void focusInto(Node target, Node side) {
        if (narrow.get() && root.getScene() != null && root.isVisible() && !FxFocus.holdsFocus(side)) {
            target.requestFocus();
        }
    }

    private VBox roster() {
        TextField name = new TextField();
        name.setId("people-new-name");
        FxPrompts.prompt(name, t("people.new.prompt"));
        name.textProperty().bindBidirectional(vm.newNameProperty());
        name.setOnAction(e -> vm.add());
        FxAccessible.name(name, t("people.new.prompt"));
        Button add = new Button(t("people.add"), new FontIcon("fth-user-plus"));
        add.setId("people-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.add());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox addRow = new HBox(8, name, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        list.setItems(vm.roster());
        list.setId("people-list");
        FxCells.roomy(list);
        list.setCellFactory(l -> new RowCell());
        list.setPlaceholder(FxLabels.placeholder(t("people.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
            if (b == null) {
                browsing.set(false);
            } else if (a == null || a.person().id() != b.person().id()) {
                // the keyboard moving through the roster does not open each person it passes; someone added does
                browsing.set(list.isFocused());
            }
        });
        // a click or Enter opens the person
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && onAPerson(e.getPickResult().getIntersectedNode())) {
                openSelected();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        archived.setId("people-show-archived");
        archived.selectedProperty().bindBidirectional(vm.showArchivedProperty());

        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(vm.messageProperty());

        Label undoText = new Label();
        undoText.setWrapText(true);
        undoText.textProperty().bind(vm.undoTextProperty());
        Button undo = new Button(t("people.undo"), new FontIcon("fth-rotate-ccw"));
        undo.setId("people-undo");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> vm.undoDelete());
        HBox undoBar = new HBox(12, undoText, undo);
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.getStyleClass().add("undo-bar");
        undoBar.visibleProperty().bind(vm.undoAvailableProperty());
        undoBar.managedProperty().bind(undoBar.visibleProperty());

        return new VBox(10, FxLabels.heading(t("people.title")), addRow, list, archived, message, undoBar);
    }

    private static boolean onAPerson(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.page().writeDrafts(); // one whose write failed (the journal was locked meanwhile) is written again
        vm.load();
    }

    @Override
    public void onHide() {
        vm.page().writeDrafts(); // before the journal locks (its database closes) or another view shows
    }

    @Override
    public void onClose() {
        vm.page().dropDrafts(); // the window closes: nothing was typed, or the user chose to give it up
    }

    @Override
    public List<String> unsavedWork() {
        return vm.page().unsavedPages().stream().map(name -> t("people.unsaved.page", name)).toList();
    }

    /** A person's name over their summary, wrapped to the list's width (never a sideways scroll bar). */
    private static final class RowCell extends ListCell<PeopleViewModel.Row> {
        private final Label name = FxLabels.bold("");
        private final Label summary = FxLabels.muted("");
        private final VBox box = new VBox(2, name, summary);

        RowCell() {
            for (Label l : new Label[] {name, summary}) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE); // as many lines as the words need
            }
        }

        @Override
        protected void updateItem(PeopleViewModel.Row r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            name.setText(r.person().name() + (r.person().archived() ? " " + t("people.archived.mark") : ""));
            summary.setText(r.summary());
            FxCells.fitWidth(this, box);
            setGraphic(box);
        }

        /** As tall as the wrapped lines are at the width the list draws the row (large text wraps into more lines). */
        @Override
        protected double computePrefHeight(double width) {
            double h = FxCells.wrappedHeight(this, box, width);
            return h < 0 ? super.computePrefHeight(width) : h;
        }
    }
}
