package app.microlead.assessment;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.heading;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Today view's reminder of the current if–then plan (hidden when there is none). */
public final class PlanCardView {

    private final VBox root;

    public PlanCardView(CurrentPlanViewModel vm) {
        Label title = heading(t("assessment.plan.card.title"));
        Label plan = new Label();
        plan.setId("today-plan");
        plan.setWrapText(true);
        plan.getStyleClass().add("if-then");
        plan.textProperty().bind(vm.planProperty());
        Label ask = new Label(t("assessment.plan.card.ask"));
        ask.getStyleClass().add("text-muted");
        root = new VBox(6, title, plan, ask);
        root.getStyleClass().addAll("card", "plan-card");
        root.setId("today-plan-card");
        root.visibleProperty().bind(vm.planProperty().isNotEmpty());
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node node() {
        return root;
    }
}
