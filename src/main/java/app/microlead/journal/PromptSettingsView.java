package app.microlead.journal;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxCells;
import app.microlead.ui.SettingsSection;
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
import javafx.scene.control.ListView;
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
        ListView<PromptSettingsViewModel.BuiltInRow> builtIns = new ListView<>(vm.builtIns());
        builtIns.setId("settings-prompts-builtin");
        builtIns.setPrefHeight(220);
        builtIns.setCellFactory(l -> new ListCell<>() {
            private CheckBox bound;

            @Override
            protected void updateItem(PromptSettingsViewModel.BuiltInRow row, boolean empty) {
                super.updateItem(row, empty);
                if (bound != null) {
                    bound.selectedProperty().unbindBidirectional(((PromptSettingsViewModel.BuiltInRow) bound
                            .getUserData()).enabledProperty());
                    bound = null;
                }
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                CheckBox box = new CheckBox(row.prompt().pillar().label() + " · " + row.prompt().text());
                box.setId("prompt-enabled-" + row.prompt().id());
                box.setWrapText(true);
                box.setUserData(row);
                box.selectedProperty().bindBidirectional(row.enabledProperty());
                FxCells.fitWidth(this, box);
                bound = box;
                setGraphic(box);
            }
        });

        ListView<PromptRepository.CustomPrompt> mine = new ListView<>(vm.custom());
        mine.setId("settings-prompts-custom");
        mine.setPrefHeight(120);
        mine.setPlaceholder(new Label(t("journal.prompts.none")));
        mine.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PromptRepository.CustomPrompt p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                Label text = new Label((p.pillar() == null ? "" : p.pillar().label() + " · ") + p.text());
                text.setWrapText(true);
                text.setMinWidth(0);
                HBox.setHgrow(text, Priority.ALWAYS);
                Button remove = new Button(null, new FontIcon("fth-trash-2"));
                remove.setId("prompt-remove-" + p.id());
                remove.getStyleClass().addAll("flat", "small");
                FxAccessible.name(remove, t("journal.prompts.remove.accessible", p.text()));
                remove.setOnAction(e -> vm.remove(p));
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox row = new HBox(8, text, spacer, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                row.maxWidthProperty().bind(l.widthProperty().subtract(40));
                setGraphic(row);
            }
        });

        TextField text = new TextField();
        text.setId("settings-prompt-new-text");
        text.setPromptText(t("journal.prompts.new.prompt"));
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

    private static final class PillarCell extends ListCell<Pillar> {
        @Override
        protected void updateItem(Pillar p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? t("journal.prompts.no.pillar") : p.label());
        }
    }
}
