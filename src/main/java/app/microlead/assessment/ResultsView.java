package app.microlead.assessment;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.heading;

import app.microlead.common.I18n;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;

/** A session's results: bars, gauge, radar, quadrant, band texts, what drove it, and what to do next. */
final class ResultsView {

    /** Dates of sessions, in the app's language (made where used: the language can change in tests). */
    static DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofPattern(t("assessment.format.date"), I18n.locale());
    }

    private final AssessmentViewModel vm;
    private final VBox content = new VBox(18);
    private final ScrollPane root;
    private final RadarChart radar = new RadarChart();
    private final RiskGaugeChart gauge = new RiskGaugeChart();
    private final QuadrantChart quadrant = new QuadrantChart();

    ResultsView(AssessmentViewModel vm) {
        this.vm = vm;
        root = FxLayouts.readingPage(content);
        root.setId("assessment-results");
        radar.setId("assessment-radar");
        gauge.setId("assessment-gauge");
        quadrant.setId("assessment-quadrant");
        vm.shownProperty().addListener((o, a, r) -> render());
        vm.suggestions().addListener((ListChangeListener<QuestionBank.Action>) c -> render());
    }

    Node node() {
        return root;
    }

    private void render() {
        content.getChildren().clear();
        SessionResult shown = vm.shownProperty().get();
        if (shown == null) {
            return;
        }
        AssessmentResult r = shown.result();
        QuestionBank bank = vm.bank();
        DateTimeFormatter date = dateFormat();
        Label title = new Label(t("assessment.results.title",
                date.format(shown.session().finishedAt().atZone(vm.zone()))));
        title.getStyleClass().add("title-2");
        title.setId("assessment-results-title");
        Button back = new Button(t("assessment.results.back"), new FontIcon("fth-arrow-left"));
        back.setId("assessment-back-overview");
        back.setOnAction(e -> vm.backToOverview());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, spacer, back);
        head.setAlignment(Pos.CENTER_LEFT);
        Label compare = new Label(vm.previousProperty().get() == null
                ? t("assessment.results.first")
                : t("assessment.results.compared", date.format(vm.previousProperty().get().session().finishedAt()
                        .atZone(vm.zone()))));
        compare.getStyleClass().add("text-muted");
        FxLabels.wrapAtWords(compare);

        // pillar bars, sorted, and the risk gauge
        VBox bars = new VBox(10, section(t("assessment.results.pillars")));
        List<QuestionBank.Scale> pillars = new ArrayList<>(bank.pillars());
        pillars.sort(Comparator.comparingDouble(p -> -r.score(p.id()).orElse(-1)));
        for (QuestionBank.Scale p : pillars) {
            bars.getChildren().add(bar(p, r));
        }
        bars.getChildren().add(indexLine(r));
        Label promises = new Label();
        promises.setId("assessment-promise-rate");
        FxLabels.wrapAtWords(promises);
        promises.getStyleClass().add("text-muted");
        promises.textProperty().bind(Bindings.when(vm.promiseFigureProperty().isEmpty()).then("")
                .otherwise(Bindings.concat(t("assessment.results.promises"), " ", vm.promiseFigureProperty())));
        promises.visibleProperty().bind(vm.promiseFigureProperty().isNotEmpty());
        promises.managedProperty().bind(promises.visibleProperty());
        bars.getChildren().add(promises);
        bars.getStyleClass().add("card");
        HBox.setHgrow(bars, Priority.ALWAYS);
        gauge.show(r.risk().orElse(Double.NaN));
        Label riskBand = FxLabels.heading(r.riskBand() == null ? t("assessment.results.not.enough")
                : t("assessment.results.risk.band", r.riskBand().label()));
        riskBand.setId("assessment-risk-band");
        FxLabels.wrapAtWords(riskBand); // "Mikromanagement-Risiko: …" was broken in its first word
        riskBand.setTextAlignment(TextAlignment.CENTER);
        Label riskChange = changeLabel(QuestionBank.RISK);
        riskChange.setTextAlignment(TextAlignment.CENTER);
        Label riskTitle = section(t("assessment.risk"));
        riskTitle.setMinWidth(Region.USE_PREF_SIZE); // the card is as wide as its title ("Mikromanagement-Risiko")
        VBox risk = new VBox(6, riskTitle, gauge, riskBand, riskChange);
        risk.setAlignment(Pos.TOP_CENTER);
        risk.getStyleClass().add("card");
        // the risk card is as wide as its words and the gauge need (a fixed 300 px let "Mikromanagement-Risiko:" be
        // broken); the two cards side by side where both have room for their words, else one above the other
        Node row1 = FxLayouts.rowOrColumn(root,
                () -> content.getInsets().getLeft() + content.getInsets().getRight(), 16, bars, risk);

        // radar of facets with the previous session, and the balance quadrant with the trail
        List<String> labels = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        AssessmentResult prev = vm.previousProperty().get() == null ? null : vm.previousProperty().get().result();
        for (QuestionBank.Scale p : bank.pillars()) {
            for (QuestionBank.Facet f : p.facets()) {
                labels.add(f.name());
                now.add(r.facet(p.id(), f.id()).orElse(Double.NaN));
                before.add(prev == null ? Double.NaN : prev.facet(p.id(), f.id()).orElse(Double.NaN));
            }
        }
        radar.show(labels, now.stream().mapToDouble(Double::doubleValue).toArray(),
                prev == null ? null : before.stream().mapToDouble(Double::doubleValue).toArray());
        Label radarNote = new Label(t(prev == null ? "assessment.results.facets.note"
                : "assessment.results.facets.note.previous"));
        radarNote.getStyleClass().addAll("text-muted", "text-small");
        FxLabels.wrapAtWords(radarNote);
        VBox radarBox = new VBox(6, section(t("assessment.results.facets")), radarNote, radar);
        radarBox.getStyleClass().add("card");
        HBox.setHgrow(radarBox, Priority.ALWAYS);
        List<double[]> trail = new ArrayList<>();
        int upTo = vm.history().indexOf(shown);
        for (int i = 0; i <= upTo; i++) {
            AssessmentResult h = vm.history().get(i).result();
            trail.add(new double[] {h.index().orElse(Double.NaN), h.risk().orElse(Double.NaN)});
        }
        quadrant.show(trail);
        Label quadLabel = new Label(r.quadrant() == null ? t("assessment.results.no.quadrant")
                : t("assessment.results.quadrant", r.quadrant().label(), r.quadrant().text()));
        quadLabel.setId("assessment-quadrant-label");
        FxLabels.wrapAtWords(quadLabel);
        VBox quadBox = new VBox(6, section(t("assessment.results.balance")), quadrant, quadLabel);
        quadBox.getStyleClass().add("card");
        Node row2 = FxLayouts.rowOrColumn(root,
                () -> content.getInsets().getLeft() + content.getInsets().getRight(), 16, radarBox, quadBox);

        content.getChildren().addAll(head, compare, row1, row2, bandTexts(r), drivers(r), actions());
    }

    private VBox bar(QuestionBank.Scale p, AssessmentResult r) {
        OptionalDouble s = r.score(p.id());
        Label name = new Label(p.name());
        FxLayouts.sizeInEm(name, "-fx-min-width", 130); // with large text too, the bars begin in one line
        name.getStyleClass().add("habit-name");
        ProgressBar bar = new ProgressBar(s.isPresent() ? s.getAsDouble() / 100 : 0);
        bar.setId("assessment-bar-" + p.id());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label value = new Label(s.isPresent() ? Math.round(s.getAsDouble()) + "" : "–");
        value.setId("assessment-score-" + p.id());
        value.getStyleClass().add("stat-value");
        value.setMinWidth(44);
        AssessmentResult.ScaleScore sc = r.scales().get(p.id());
        Label band = new Label(sc.band() == null ? t("assessment.results.too.few") : sc.band().label());
        band.getStyleClass().add("text-muted");
        // the band and the change take two lines where the card is narrow, never "…" nor a word broken
        FxLabels.wrapAtWords(band);
        Label change = changeLabel(p.id());
        HBox top = new HBox(10, name, bar, value);
        top.setAlignment(Pos.CENTER_LEFT);
        Region indent = new Region();
        FxLayouts.sizeInEm(indent, "-fx-min-width", 140);
        HBox sub = new HBox(12, indent, band, change);
        VBox box = new VBox(2, top, sub);
        return box;
    }

    private Label indexLine(AssessmentResult r) {
        Label l = new Label(t("assessment.results.index", AssessmentView.fmt(r.index())));
        l.setId("assessment-index");
        l.getStyleClass().add("text-muted");
        FxLabels.wrapAtWords(l);
        return l;
    }

    private Label changeLabel(String scaleId) {
        Optional<ReliableChange.Change> c = vm.change(scaleId);
        Label l = new Label(c.map(ReliableChange.Change::describe).orElse(""));
        l.setId("assessment-change-" + scaleId);
        c.ifPresent(x -> l.getStyleClass().add(x.real() ? "change-real" : "text-muted"));
        FxLabels.wrapAtWords(l);
        return l;
    }

    private Node bandTexts(AssessmentResult r) {
        VBox box = new VBox(8, section(t("assessment.results.describe")));
        for (QuestionBank.Scale s : vm.bank().scales()) {
            AssessmentResult.ScaleScore sc = r.scales().get(s.id());
            String text = sc.band() == null
                    ? t("assessment.results.no.score.text")
                    : sc.band().text();
            // the tendency (what you did) and the risk (that and your scenario choices) read alike: each says which it is
            Label l = new Label(t(s.higherIsBetter() ? "assessment.results.band.line" : "assessment.results.tendency.line",
                    s.name(), sc.band() == null ? t("assessment.results.no.score") : sc.band().label(), text));
            FxLabels.wrapAtWords(l);
            box.getChildren().add(l);
        }
        if (r.riskBand() != null) {
            Label l = new Label(t("assessment.results.risk.line", r.riskBand().label(), r.riskBand().text()));
            FxLabels.wrapAtWords(l);
            box.getChildren().add(l);
        }
        box.getStyleClass().add("card");
        return box;
    }

    private Node drivers(AssessmentResult r) {
        VBox box = new VBox(6, section(t("assessment.results.drivers")));
        box.setId("assessment-drivers");
        SessionResult shown = vm.shownProperty().get();
        for (String id : r.drivers()) {
            vm.bank().item(id).ifPresent(i -> {
                Integer v = shown.session().answers().likert().get(id);
                String answer = v == null ? t("assessment.results.unanswered") : v == 0 ? vm.bank().noOpportunityLabel()
                        : vm.bank().responses().get(v - 1).label();
                Label l = new Label(t("assessment.results.driver", i.text(), answer));
                FxLabels.wrapAtWords(l);
                box.getChildren().add(l);
            });
        }
        if (r.drivers().isEmpty()) {
            box.getChildren().add(new Label(t("assessment.results.nothing")));
        }
        box.getStyleClass().add("card");
        return box;
    }

    private Node actions() {
        VBox box = new VBox(8, section(t("assessment.results.actions")));
        box.setId("assessment-actions");
        ToggleGroup group = new ToggleGroup();
        int n = 0;
        for (QuestionBank.Action a : vm.suggestions()) {
            RadioButton rb = new RadioButton(t("assessment.results.action", a.text(), vm.bank().scale(a.scale()).name()));
            rb.setId("assessment-action-" + (++n));
            rb.setToggleGroup(group);
            rb.setWrapText(true);
            rb.setSelected(a.equals(vm.chosenActionProperty().get()));
            rb.setOnAction(e -> vm.chosenActionProperty().set(a));
            box.getChildren().add(rb);
        }
        Label planLabel = FxLabels.wrapAtWords(new Label(t("assessment.results.plan.label")));
        TextField plan = new TextField();
        plan.setId("assessment-plan");
        plan.textProperty().bindBidirectional(vm.planTextProperty());
        Button track = new Button();
        track.setId("assessment-track");
        track.getStyleClass().add("accent");
        // the action picked is tracked with the plan written: said so, and nothing to press (a changed plan can be)
        track.textProperty().bind(Bindings.when(vm.chosenTrackedProperty()).then(t("assessment.results.tracked"))
                .otherwise(t("assessment.results.track")));
        track.graphicProperty().bind(Bindings.when(vm.chosenTrackedProperty()).<Node>then(new FontIcon("fth-check-circle"))
                .otherwise(new FontIcon("fth-plus-circle")));
        track.disableProperty().bind(vm.chosenActionProperty().isNull().or(vm.chosenTrackedProperty()));
        track.setOnAction(e -> vm.trackChosen());
        HBox.setHgrow(plan, Priority.ALWAYS);
        HBox planRow = new HBox(8, plan, track);
        Label message = new Label();
        message.setId("assessment-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        box.getChildren().addAll(planLabel, planRow, message);
        box.getStyleClass().add("card");
        return box;
    }

    private static Label section(String text) {
        Label l = heading(text);
        return l;
    }
}
