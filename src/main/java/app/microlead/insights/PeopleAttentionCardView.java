package app.microlead.insights;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.bold;
import static app.microlead.ui.FxLabels.card;
import static app.microlead.ui.FxLabels.heading;
import static app.microlead.ui.FxLabels.muted;

import app.microlead.ui.FxLayouts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Insights card "Who got your attention", with the promises kept on time this month (Professionalism). */
public final class PeopleAttentionCardView {

    private final PeopleAttentionViewModel vm;
    private final VBox rows = new VBox(6);
    private final Label promises = new Label();
    private final VBox root;

    public PeopleAttentionCardView(PeopleAttentionViewModel vm) {
        this.vm = vm;
        rows.setId("insights-attention");
        promises.setId("insights-promise-rate");
        promises.setWrapText(true);
        Label message = new Label();
        message.getStyleClass().add("text-error");
        message.textProperty().bind(vm.messageProperty());
        root = card(heading(t("insights.people.title")), muted(PeopleAttention.explained()), rows,
                bold(t("insights.people.professionalism")), promises, message);
        vm.attentionProperty().addListener((o, a, n) -> show(n));
    }

    private void show(PeopleAttention a) {
        rows.getChildren().clear();
        if (a == null) {
            return;
        }
        promises.setText(a.promiseLine());
        if (a.rows().isEmpty()) {
            rows.getChildren().add(muted(t("insights.people.empty")));
            return;
        }
        GridPane g = new GridPane();
        g.setHgap(20);
        g.setVgap(4);
        g.addRow(0, bold(t("insights.people.person")), bold(t("insights.people.mentioned")),
                bold(t("insights.people.micro.actions")), new Label());
        // counts line up by their last digit, under the end of their heading
        FxLayouts.figureColumns(g, 1, 2);
        int row = 1;
        for (PeopleAttention.Row r : a.rows()) {
            Label quiet = new Label(r.quiet() ? t("insights.people.quiet") : "");
            quiet.getStyleClass().add("text-muted");
            Label name = new Label(r.name());
            name.setAccessibleText(r.name() + ": " + PeopleAttention.counts(r)
                    + (r.quiet() ? " · " + t("insights.people.quiet") : ""));
            g.addRow(row++, name, new Label(String.valueOf(r.mentionDays())),
                    new Label(String.valueOf(r.microActions())), quiet);
        }
        rows.getChildren().add(g);
    }

    /** Counts again (each time Insights is shown). */
    public void refresh() {
        vm.load();
    }

    public Node node() {
        return root;
    }
}
