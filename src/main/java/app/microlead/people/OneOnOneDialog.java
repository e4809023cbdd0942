package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxDates;
import app.microlead.ui.FxDialogService;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A 1:1 opened from a person's timeline: all of it to read, its day and words to change, or the whole of it to
 * delete (the timeline shows only its first words). Cancel leaves it as it was.
 */
final class OneOnOneDialog {

    private OneOnOneDialog() {
    }

    static void show(Window owner, OneOnOne m, PersonViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Person p = vm.personProperty().get();
        String title = t("people.one.on.one.edit.title", Agenda.day(m.date()), p == null ? "" : p.name());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("one-on-one-edit");
        ButtonType save = new ButtonType(t("people.one.on.one.edit.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType delete = new ButtonType(t("people.one.on.one.edit.delete"), ButtonBar.ButtonData.LEFT);
        pane.getButtonTypes().addAll(save, delete, FxDialogService.cancel());
        pane.lookupButton(save).setId("one-on-one-edit-save");
        pane.lookupButton(delete).setId("one-on-one-edit-delete");

        DatePicker date = PersonView.date("one-on-one-edit-date", t("people.one.on.one.date"),
                new SimpleObjectProperty<>(m.date()));
        TextArea points = PersonView.area("one-on-one-edit-points", t("people.one.on.one.points"),
                new SimpleStringProperty(m.talkingPoints()));
        TextArea notes = PersonView.area("one-on-one-edit-notes", t("people.one.on.one.notes"),
                new SimpleStringProperty(m.notes()));
        notes.setPrefRowCount(6);
        TextArea follow = PersonView.area("one-on-one-edit-follow-ups", t("people.one.on.one.follow.ups"),
                new SimpleStringProperty(m.followUps()));
        Label problem = new Label();
        problem.setId("one-on-one-edit-error");
        problem.getStyleClass().add("text-error");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        VBox content = new VBox(8, FxLabels.bold(t("people.one.on.one.date")), date,
                FxLabels.bold(t("people.one.on.one.points")), points,
                FxLabels.bold(t("people.one.on.one.notes")), notes,
                FxLabels.bold(t("people.one.on.one.follow.ups")), follow, problem);
        FxLayouts.sizeInEm(content, "-fx-pref-width", 560);
        pane.setContent(content);
        dialog.setResizable(true);

        // the dialog stays open over what is wrong (a blank 1:1, a day that is no date), said in it
        ((Button) pane.lookupButton(save)).addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> wrong = FxDates.readable(date)
                    ? vm.changeOneOnOne(m, date.getValue(), points.getText(), notes.getText(), follow.getText())
                    : Optional.of(t("people.date.unreadable", date.getEditor().getText().strip(),
                            date.getConverter().toString(LocalDate.of(2026, 12, 3))));
            wrong.ifPresent(w -> {
                problem.setText(w);
                e.consume();
            });
        });
        // Cancel, Esc or the window's close with changes typed: asked before they are thrown away
        dialog.setOnCloseRequest(e -> {
            ButtonType chosen = dialog.getResult();
            boolean leaving = chosen == null || chosen.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE;
            boolean changed = !Objects.equals(date.getValue(), m.date())
                    // a day typed and not yet taken by the picker is a change too
                    || !date.getEditor().getText().strip().equals(date.getConverter().toString(m.date()))
                    || !points.getText().strip().equals(m.talkingPoints()) || !notes.getText().strip().equals(m.notes())
                    || !follow.getText().strip().equals(m.followUps());
            if (leaving && changed && !vm.mayDiscardOneOnOneChanges()) {
                dialog.setResult(null);
                e.consume();
            }
        });
        dialog.setOnShown(e -> notes.requestFocus());
        if (dialog.showAndWait().orElse(null) == delete) {
            vm.deleteOneOnOne(m);
        }
    }
}
