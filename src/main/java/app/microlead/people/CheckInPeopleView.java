package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.habits.CheckInExtraView;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxDialogService;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.FxPrompts;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A compact person picker beside a check-in's note: a menu of the roster with a tick for everyone the
 * check-in names, and "Add someone to People…" for who is not there yet (with no one in People, the way to start).
 * It works once the micro-action is marked done or skipped.
 */
public final class CheckInPeopleView implements CheckInExtraView {

    private final CheckInPeopleViewModel vm;
    private final MenuButton button = new MenuButton();
    /** What the picker says it is for: its tooltip and its text for a screen reader. */
    private String said = t("people.checkin.tooltip");
    private final Set<Long> picked = new LinkedHashSet<>();
    private long habitId;
    private LocalDate day;

    /** @param id the picker's control id */
    public CheckInPeopleView(CheckInPeopleViewModel vm, String id) {
        this.vm = vm;
        button.setId(id);
        button.setGraphic(new FontIcon("fth-users"));
        button.getStyleClass().add("flat");
        FxLazyTooltip.install(button, () -> said);
        button.setAccessibleText(t("people.checkin.tooltip"));
        button.setOnShowing(e -> fillMenu());
        button.setDisable(true);
        button.disableProperty().addListener((o, was, now) -> label());
        // the line gives it a column of its own: more names than fit are cut to '…', and the tooltip and
        // the screen reader say them all
        button.setMinWidth(0);
        button.getStyleClass().add(FxLabels.EXCERPT);
    }

    private void fillMenu() {
        button.getItems().clear();
        for (Person p : vm.roster()) {
            CheckMenuItem item = new CheckMenuItem(p.name());
            item.setId("checkin-person-" + p.id());
            item.setSelected(picked.contains(p.id()));
            item.setOnAction(e -> {
                if (item.isSelected()) {
                    picked.add(p.id());
                } else {
                    picked.remove(p.id());
                }
                vm.store(habitId, day, picked);
                label();
            });
            button.getItems().add(item);
        }
        // someone not in People yet (with no one there at all, the only thing to do): added here, named at once
        MenuItem add = new MenuItem(t("people.checkin.add"), new FontIcon("fth-user-plus"));
        add.setId("checkin-add-person");
        add.setOnAction(e -> addSomeone());
        if (!vm.roster().isEmpty()) {
            button.getItems().add(new SeparatorMenuItem());
        }
        button.getItems().add(add);
    }

    /** Asks for the name of someone the check-in is for, adds them to People and ticks them (Enter adds). */
    private void addSomeone() {
        Dialog<String> dialog = new Dialog<>();
        if (button.getScene() != null) {
            dialog.initOwner(button.getScene().getWindow());
        }
        dialog.setTitle(t("people.checkin.add.window"));
        dialog.setHeaderText(t("people.checkin.add.title"));
        TextField name = new TextField();
        name.setId("checkin-new-person-name");
        FxPrompts.prompt(name, t("people.new.prompt"));
        FxAccessible.name(name, t("people.field.name"));
        Label problem = new Label();
        problem.setId("checkin-new-person-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("text-danger");
        problem.textProperty().bind(Bindings.createStringBinding(() -> Objects.requireNonNullElse(
                vm.nameProblem(name.getText()), ""), name.textProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label says = new Label(t("people.checkin.add.text"));
        says.setWrapText(true);
        VBox content = new VBox(8, says, name, problem);
        FxLayouts.sizeInEm(content, "-fx-pref-width", 400);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("checkin-new-person");
        pane.setContent(content);
        ButtonType add = new ButtonType(t("people.add"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(add, FxDialogService.cancel());
        pane.lookupButton(add).disableProperty().bind(Bindings.createBooleanBinding(
                () -> name.getText().isBlank() || !problem.getText().isEmpty(), name.textProperty(), problem.textProperty()));
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setResultConverter(b -> b == add ? name.getText() : null);
        long habit = habitId;
        LocalDate d = day;
        dialog.showAndWait().ifPresent(typed -> vm.addAndPick(typed, habit, d, picked, ids -> {
            if (habit == habitId && d.equals(day)) {
                picked.clear();
                picked.addAll(ids);
                label();
            }
        }));
    }

    private void label() {
        String names = vm.names(picked);
        // "(mark the micro-action first)" only while it is not marked: said after it was, it read as a mistake
        said = !names.isEmpty() ? t("people.checkin.named", names)
                : button.isDisable() ? t("people.checkin.tooltip") : t("people.checkin.who");
        button.setText(names.isEmpty() ? null : vm.shortNames(picked));
        button.setAccessibleText(said);
    }

    @Override
    public Node node() {
        return button;
    }

    @Override
    public void show(long habit, LocalDate d, boolean marked) {
        this.habitId = habit;
        this.day = d;
        button.setDisable(!marked);
        picked.clear();
        label();
        if (marked) {
            vm.picked(habit, d, ids -> {
                if (habit == habitId && d.equals(day)) {
                    picked.clear();
                    picked.addAll(ids);
                    label();
                }
            });
        }
    }
}
