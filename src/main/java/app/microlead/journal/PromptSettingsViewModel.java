package app.microlead.journal;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.common.TaskRunner;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Settings → Prompts: turn built-in prompts off and on, add and remove your own. */
public final class PromptSettingsViewModel {

    /** A built-in prompt with its on/off switch. */
    public static final class BuiltInRow {
        private final Prompt prompt;
        private final BooleanProperty enabled = new SimpleBooleanProperty();

        BuiltInRow(Prompt prompt, boolean enabled) {
            this.prompt = prompt;
            this.enabled.set(enabled);
        }

        public Prompt prompt() {
            return prompt;
        }

        public BooleanProperty enabledProperty() {
            return enabled;
        }
    }

    private final PromptLibrary library;
    private final PromptRepository repo;
    private final TaskRunner tasks;
    private final ObservableList<BuiltInRow> builtIns = FXCollections.observableArrayList();
    private final ObservableList<PromptRepository.CustomPrompt> custom = FXCollections.observableArrayList();
    private final StringProperty newText = new SimpleStringProperty("");
    private final ObjectProperty<Pillar> newPillar = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canAdd;

    public PromptSettingsViewModel(PromptLibrary library, PromptRepository repo, TaskRunner tasks) {
        this.library = library;
        this.repo = repo;
        this.tasks = tasks;
        canAdd = newText.isNotEmpty().and(Bindings.createBooleanBinding(
                () -> !newText.get().isBlank(), newText));
    }

    public ObservableList<BuiltInRow> builtIns() {
        return builtIns;
    }

    public ObservableList<PromptRepository.CustomPrompt> custom() {
        return custom;
    }

    public StringProperty newTextProperty() {
        return newText;
    }

    public ObjectProperty<Pillar> newPillarProperty() {
        return newPillar;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** What {@link #load()} reads in the background. */
    private record Loaded(Set<String> disabled, List<PromptRepository.CustomPrompt> custom) {
    }

    public void load() {
        tasks.read(() -> new Loaded(repo.disabledIds(), repo.customPrompts()), data -> {
            Set<String> off = data.disabled();
            List<PromptRepository.CustomPrompt> mine = data.custom();
            builtIns.setAll(library.builtIns().stream().map(p -> {
                BuiltInRow row = new BuiltInRow(p, !off.contains(p.id()));
                row.enabledProperty().addListener((o, was, on) -> setEnabled(row, on));
                return row;
            }).toList());
            custom.setAll(mine);
        }, e -> message.set(e.getMessage()));
    }

    private void setEnabled(BuiltInRow row, boolean on) {
        tasks.write(() -> {
            repo.setDisabled(row.prompt().id(), !on);
            return null;
        }, ok -> message.set(t(on ? "journal.prompts.turned.on" : "journal.prompts.turned.off")),
                e -> message.set(e.getMessage()));
    }

    public void add() {
        String text = newText.get();
        Pillar pillar = newPillar.get();
        tasks.write(() -> repo.addCustom(pillar, text), added -> {
            custom.add(added);
            newText.set("");
            message.set(t("journal.prompts.added"));
        }, e -> message.set(e.getMessage()));
    }

    public void remove(PromptRepository.CustomPrompt prompt) {
        tasks.write(() -> {
            repo.removeCustom(prompt.id());
            return null;
        }, ok -> {
            custom.remove(prompt);
            message.set(t("journal.prompts.removed"));
        }, e -> message.set(e.getMessage()));
    }
}
