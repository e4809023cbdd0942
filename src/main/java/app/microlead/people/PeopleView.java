package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxCells;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.Page;
import app.microlead.ui.FxPrompts;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The People view: the roster on the left, the selected person's page on the right. */
public final class PeopleView implements Page {

    private final PeopleViewModel vm;
    private final HBox root;

    public PeopleView(PeopleViewModel vm) {
        this.vm = vm;
        VBox roster = roster();
        FxLayouts.sizeInEm(roster, "-fx-min-width", 260);
        FxLayouts.sizeInEm(roster, "-fx-pref-width", 360);
        ScrollPane page = new ScrollPane(new PersonView(vm.page(), vm::toggleArchived, vm::deleteSelected).node());
        page.setFitToWidth(true);
        page.setId("people-page");
        // the page asks for a reading width, not for its content's (a long timeline line on one row): that made
        // the roster shrink by a third (and its lines re-wrap) whenever a person was opened. Where the window is
        // too narrow for both (large text, 1280 px), the two still give way evenly, the roster down to its minimum
        FxLayouts.sizeInEm(page, "-fx-pref-width", 560);
        HBox.setHgrow(page, Priority.ALWAYS);
        root = new HBox(16, roster, page);
        root.getStyleClass().add("page");
        root.setId("page-people");
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

        ListView<PeopleViewModel.Row> list = new ListView<>(vm.roster());
        list.setId("people-list");
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
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        CheckBox archived = new CheckBox(t("people.show.archived"));
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

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
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
            box.setPadding(new Insets(3, 0, 3, 0)); // a little air between one person and the next
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
            double w = width > 0 ? width : getWidth();
            if (getGraphic() == null || w <= 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + box.prefHeight(FxCells.contentWidth(this, w)) + snappedBottomInset();
        }
    }
}
