package app.microlead.habits;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.heading;

import app.microlead.common.Pillar;
import app.microlead.common.TaskRunner;
import app.microlead.ui.FxLayouts;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * First run: choose the micro-actions to track (a non-blocking dialog; {@code afterwards} runs once it is answered),
 * or, on a second computer, leave the choice to the journal it joins through sync.
 */
public final class OnboardingDialog {

    private static final Logger LOG = Logger.getLogger(OnboardingDialog.class.getName());

    private OnboardingDialog() {
    }

    /**
     * At start-up: asks in the background whether the first-run choice is still to be made, shows it if
     * so, then runs {@code ready} (also when the question fails).
     *
     * @param afterwards runs once the choice is answered
     * @param joinSync     shows where to join a sync folder (the dialog is closed first, the choice left open)
     */
    public static void offer(Window owner, TaskRunner tasks, BooleanSupplier needed, Supplier<OnboardingViewModel> vm,
                             Runnable afterwards, Runnable joinSync, Runnable ready) {
        tasks.read(needed::getAsBoolean, yes -> {
            if (yes) {
                show(owner, vm.get(), afterwards, joinSync);
            }
            ready.run();
        }, error -> {
            LOG.log(Level.WARNING, "Onboarding check failed", error);
            ready.run();
        });
    }

    /**
     * @param joinSync see {@link #offer}: the journal joined brings its micro-actions (and its answer to this
     *                 question), so nothing is chosen or remembered here
     */
    public static void show(Window owner, OnboardingViewModel vm, Runnable afterwards, Runnable joinSync) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(t("habits.onboarding.title"));
        dialog.setHeaderText(t("habits.onboarding.header"));
        dialog.getDialogPane().setId("onboarding");
        ButtonType start = new ButtonType(t("habits.onboarding.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(t("habits.onboarding.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(start, skip);
        ((Button) dialog.getDialogPane().lookupButton(start)).setId("onboarding-start");
        ((Button) dialog.getDialogPane().lookupButton(skip)).setId("onboarding-skip");
        dialog.getDialogPane().lookupButton(start).disableProperty().bind(vm.countProperty().isEqualTo(0));

        VBox list = new VBox(6);
        Pillar last = null;
        for (OnboardingViewModel.Choice c : vm.choices()) {
            if (c.action().pillar() != last) {
                last = c.action().pillar();
                Label group = heading(last.label());
                list.getChildren().add(group);
            }
            CheckBox box = new CheckBox(c.action().name() + " — " + c.action().schedule().describeInline());
            box.setId("onboarding-" + c.action().id());
            box.selectedProperty().bindBidirectional(c.chosenProperty());
            Label why = new Label(c.action().why());
            why.getStyleClass().addAll("text-muted", "text-small");
            why.setWrapText(true);
            why.setPadding(new Insets(0, 0, 0, 26));
            list.getChildren().addAll(box, why);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        FxLayouts.sizeInEm(scroll, "-fx-pref-width", 620);
        FxLayouts.sizeInEm(scroll, "-fx-pref-height", 420);
        Label hint = new Label();
        hint.setId("onboarding-hint");
        hint.textProperty().bind(vm.hintProperty());
        Label intro = new Label(t("habits.onboarding.intro"));
        intro.setWrapText(true);
        // on a short screen the list gives way (it scrolls), never the words around it
        intro.setMinHeight(Region.USE_PREF_SIZE);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        // a second computer: its micro-actions come with the journal it joins, not from a second choice here
        boolean[] joining = {false};
        Label elsewhere = new Label(t("habits.onboarding.join.question"));
        elsewhere.getStyleClass().add("text-muted");
        elsewhere.setWrapText(true);
        elsewhere.setMinHeight(Region.USE_PREF_SIZE);
        Hyperlink join = new Hyperlink(t("habits.onboarding.join"));
        join.setId("onboarding-join-sync");
        join.setMinWidth(Region.USE_PREF_SIZE);
        join.setAccessibleHelp(elsewhere.getText());
        join.setOnAction(e -> {
            joining[0] = true;
            dialog.close();
        });
        dialog.getDialogPane().setContent(new VBox(10, intro, scroll, hint, new VBox(2, elsewhere, join)));
        dialog.setResultConverter(b -> b);
        dialog.setOnHidden(e -> {
            if (joining[0]) {
                joinSync.run();
            } else if (dialog.getResult() == start) {
                vm.start(afterwards);
            } else {
                vm.skip(afterwards);
            }
        });
        dialog.show();
    }
}
