package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxLabels;
import app.microlead.ui.FxTextAndActions;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Today view's people card: the nudge of the day with Snooze and "No nudges about them", and the
 * promises due, each with Kept, Broken and Dropped. Hidden when there is neither.
 */
public final class TodayPeopleCardView {

    private final VBox root;
    private final VBox promises = new VBox(6);
    private final TodayPeopleViewModel vm;

    public TodayPeopleCardView(TodayPeopleViewModel vm) {
        this.vm = vm;
        Label nudgeText = new Label();
        nudgeText.setId("today-nudge-text");
        nudgeText.setWrapText(true);
        nudgeText.textProperty().bind(Bindings.createStringBinding(
                () -> vm.nudgeProperty().get() == null ? "" : vm.nudgeProperty().get().text(), vm.nudgeProperty()));
        Button snooze = button("today-nudge-snooze", "fth-clock",
                t("people.today.snooze", TodayPeopleViewModel.SNOOZE_DAYS), vm::snooze);
        Button off = button("today-nudge-off", "fth-bell-off", t("people.today.nudge.off"), vm::turnOffForPerson);
        // the buttons beside the text, or under it in a narrow window
        FxTextAndActions textAndButtons = new FxTextAndActions(nudgeText, 14, snooze, off);
        HBox.setHgrow(textAndButtons, Priority.ALWAYS);
        HBox nudge = new HBox(8, new FontIcon("fth-users"), textAndButtons);
        nudge.setId("today-nudge");
        nudge.setAlignment(Pos.CENTER_LEFT);
        nudge.visibleProperty().bind(vm.nudgeProperty().isNotNull());
        nudge.managedProperty().bind(nudge.visibleProperty());

        VBox due = new VBox(6, FxLabels.heading(t("people.today.promises")), promises);
        due.setId("today-promises");
        due.visibleProperty().bind(Bindings.isNotEmpty(vm.due()));
        due.managedProperty().bind(due.visibleProperty());
        vm.due().addListener((ListChangeListener<TodayPeopleViewModel.DuePromise>) c -> rows());

        Label message = new Label();
        message.setId("today-people-message");
        message.getStyleClass().add("text-muted");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        root = new VBox(12, nudge, due, message);
        root.getStyleClass().addAll("card", "plan-card");
        root.setId("today-people-card");
        root.visibleProperty().bind(nudge.visibleProperty().or(due.visibleProperty())
                .or(message.textProperty().isNotEmpty()));
        root.managedProperty().bind(root.visibleProperty());
    }

    private void rows() {
        promises.getChildren().clear();
        int i = 0;
        for (TodayPeopleViewModel.DuePromise d : vm.due()) {
            Label text = new Label(d.text() + (d.promise().due() == null ? ""
                    : " · " + t("people.agenda.due", Agenda.day(d.promise().due()))));
            text.setWrapText(true);
            text.setId("today-promise-text-" + i);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, text, spacer);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("today-promise-" + i);
            for (Promise.State s : new Promise.State[] {Promise.State.KEPT, Promise.State.BROKEN, Promise.State.DROPPED}) {
                String key = s.name().toLowerCase(Locale.ROOT);
                Button b = button("today-promise-" + key + "-" + i, null, t("people.promise.mark." + key),
                        () -> vm.close(d, s));
                b.setAccessibleText(t("people.promise.mark." + key) + ": " + d.promise().text());
                row.getChildren().add(b);
            }
            promises.getChildren().add(row);
            i++;
        }
    }

    private static Button button(String id, String icon, String text, Runnable action) {
        Button b = icon == null ? new Button(text) : new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    public Node node() {
        return root;
    }

    /** Reads the nudge and the promises again (Today shown, Settings changed). */
    public void refresh() {
        vm.load();
    }
}
