package app.microlead.assessment;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Today view's reminder of the current if–then plan (hidden when there is none). */
public final class PlanCardView {

    private final VBox root;

    public PlanCardView(CurrentPlanViewModel vm) {
        Label title = new Label("Your plan from the self-assessment");
        title.getStyleClass().add("section-title");
        Label plan = new Label();
        plan.setId("today-plan");
        plan.setWrapText(true);
        plan.getStyleClass().add("if-then");
        plan.textProperty().bind(vm.planProperty());
        Label ask = new Label("Did the situation come up today? What did you do?");
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
