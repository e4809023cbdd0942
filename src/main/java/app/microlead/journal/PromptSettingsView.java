package app.microlead.journal;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxGrowingList;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.SettingsSection;
import app.microlead.ui.FxPrompts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The body of the Settings → Prompts section. */
public final class PromptSettingsView {

    private final PromptSettingsViewModel vm;

    public PromptSettingsView(PromptSettingsViewModel vm) {
        this.vm = vm;
    }

    /**
     * The Prompts section of Settings: the switch for prompts that lean towards the current focus,
     * {@code more} (switches of other features about prompts), then the prompts themselves.
     */
    public Node section(boolean adaptive, Consumer<Boolean> onAdaptive, Node... more) {
        List<Node> body = new ArrayList<>();
        body.add(SettingsSection.toggle("settings-prompts-adaptive", t("shell.settings.prompts.adaptive"), adaptive,
                onAdaptive));
        body.addAll(List.of(more));
        body.add(build());
        return SettingsSection.of(t("shell.settings.prompts.title"), t("shell.settings.prompts.intro"),
                body.toArray(Node[]::new));
    }

    public Node build() {
        vm.load();
        // the prompts are rows laid out like any other node, each as tall as its wrapped text (a ListView's
        // wrapping rows came out taller or shorter than their text, and cut long prompts with "…")
        FxGrowingList<PromptSettingsViewModel.BuiltInRow> builtInRows = new FxGrowingList<>(vm.builtIns(), "",
                PromptSettingsView::builtInRow);
        ScrollPane builtIns = new ScrollPane(builtInRows);
        builtIns.setId("settings-prompts-builtin");
        builtIns.setFitToWidth(true);
        builtIns.getStyleClass().add(FxGrowingList.BOXED);
        FxLayouts.sizeInEm(builtIns, "-fx-pref-height", 240);

        FxGrowingList<PromptRepository.CustomPrompt> mine = new FxGrowingList<>(vm.custom(), t("journal.prompts.none"),
                this::customRow);
        mine.setId("settings-prompts-custom");

        TextField text = new TextField();
        text.setId("settings-prompt-new-text");
        FxPrompts.prompt(text, t("journal.prompts.new.prompt"));
        text.textProperty().bindBidirectional(vm.newTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        ComboBox<Pillar> pillar = new ComboBox<>();
        pillar.getItems().add(null);
        pillar.getItems().addAll(Pillar.values());
        pillar.setId("settings-prompt-new-pillar");
        pillar.setPromptText(t("journal.prompts.no.pillar"));
        pillar.valueProperty().bindBidirectional(vm.newPillarProperty());
        pillar.setButtonCell(new PillarCell());
        pillar.setCellFactory(l -> new PillarCell());
        Button add = new Button(t("journal.prompts.add"), new FontIcon("fth-plus"));
        add.setId("settings-prompt-add");
        add.disableProperty().bind(vm.canAddProperty().not());
        add.setOnAction(e -> vm.add());
        text.setOnAction(e -> {
            if (vm.canAddProperty().get()) {
                vm.add();
            }
        });
        HBox addRow = new HBox(8, text, pillar, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("settings-prompts-message");
        message.getStyleClass().addAll("text-muted", "text-small");
        message.textProperty().bind(vm.messageProperty());
        Label builtInsCaption = new Label(t("journal.prompts.builtin"));
        builtInsCaption.setWrapText(true);
        return new VBox(8, builtInsCaption, builtIns,
                new Label(t("journal.prompts.own")), mine, addRow, message);
    }

    private static CheckBox builtInRow(PromptSettingsViewModel.BuiltInRow row) {
        CheckBox box = new CheckBox(row.prompt().pillar().label() + " · " + row.prompt().text());
        box.setId("prompt-enabled-" + row.prompt().id());
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add(FxGrowingList.ROW);
        box.selectedProperty().bindBidirectional(row.enabledProperty());
        return box;
    }

    private HBox customRow(PromptRepository.CustomPrompt p) {
        Label text = new Label((p.pillar() == null ? "" : p.pillar().label() + " · ") + p.text());
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon("fth-trash-2"));
        remove.setId("prompt-remove-" + p.id());
        remove.getStyleClass().addAll("flat", "small");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        FxAccessible.name(remove, t("journal.prompts.remove.accessible", p.text()));
        remove.setOnAction(e -> vm.remove(p));
        HBox row = new HBox(8, text, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(FxGrowingList.ROW);
        return row;
    }

    private static final class PillarCell extends ListCell<Pillar> {
        @Override
        protected void updateItem(Pillar p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? t("journal.prompts.no.pillar") : p.label());
        }
    }
}
