package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.habits.CheckInExtraView;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLazyTooltip;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A compact person picker beside a check-in's note: a menu of the roster with a tick for everyone the
 * check-in names. It works once the micro-action is marked done or skipped.
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
        // the line gives it a column of its own: more names than fit are cut to '…', and the tooltip and
        // the screen reader say them all
        button.setMinWidth(0);
        button.getStyleClass().add(FxLabels.EXCERPT);
    }

    private void fillMenu() {
        button.getItems().clear();
        if (vm.roster().isEmpty()) {
            MenuItem none = new MenuItem(t("people.checkin.none"));
            none.setDisable(true);
            button.getItems().add(none);
            return;
        }
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
    }

    private void label() {
        String names = vm.names(picked);
        said = names.isEmpty() ? t("people.checkin.tooltip") : t("people.checkin.named", names);
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
