package app.microlead.journal;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.heading;
import static app.microlead.ui.FxLabels.muted;

import app.microlead.ui.FxGrowingText;
import app.microlead.ui.FxKeys;
import app.microlead.ui.FxMarkdown;
import app.microlead.ui.FxLazyTooltip;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The writing part of the Today view: mood, energy, prompts, free text and tags. */
public final class EntryEditorView {

    private final VBox preview = new VBox();

    /** The words for mood 1 … 5, in the user's language. */
    static List<String> moodLabels() {
        return labels("journal.mood.");
    }

    /** The words for energy 1 … 5, in the user's language. */
    static List<String> energyLabels() {
        return labels("journal.energy.");
    }

    private static List<String> labels(String prefix) {
        return IntStream.rangeClosed(1, 5).mapToObj(i -> t(prefix + i)).toList();
    }

    private final EntryEditorViewModel vm;
    private final VBox promptBox = new VBox(14);
    private final TextArea text = new TextArea();
    private final Consumer<TextInputControl> textSupport;
    /** Which editor the free writing is in (made with it, in {@link #writing()}). */
    private LongDayView longDay;

    public EntryEditorView(EntryEditorViewModel vm) {
        this(vm, c -> { });
    }

    /** @param textSupport told about every control the user writes in (free text, prompt answers), once */
    public EntryEditorView(EntryEditorViewModel vm, Consumer<TextInputControl> textSupport) {
        this.vm = vm;
        this.textSupport = textSupport;
    }

    /** Mood and energy. */
    public Node ratings() {
        RatingControl mood = new RatingControl("mood", t("journal.editor.mood"), moodLabels(), vm.moodProperty());
        RatingControl energy = new RatingControl("energy", t("journal.editor.energy"), energyLabels(), vm.energyProperty());
        return card(t("journal.editor.feel"), null, new VBox(10, mood, energy));
    }

    /** The day's prompts with their answers, shuffle and skip. */
    public Node prompts() {
        Button shuffle = new Button(t("journal.editor.shuffle"), new FontIcon("fth-shuffle"));
        shuffle.setId("prompts-shuffle");
        shuffle.getStyleClass().addAll("flat", "small");
        FxLazyTooltip.install(shuffle, () -> t("journal.editor.shuffle.tooltip"));
        shuffle.setOnAction(e -> vm.shufflePrompts());
        rebuildPrompts();
        vm.prompts().addListener((ListChangeListener<PromptSlot>) c -> rebuildPrompts());
        return card(t("journal.editor.reflect"), shuffle, promptBox);
    }

    private void rebuildPrompts() {
        promptBox.getChildren().clear();
        int i = 0;
        for (PromptSlot slot : vm.prompts()) {
            int index = i++;
            Label q = new Label(slot.prompt().text());
            q.setId("prompt-text-" + index);
            q.setWrapText(true);
            q.getStyleClass().add("prompt-text");
            Button skip = new Button(null, new FontIcon("fth-skip-forward"));
            skip.setId("prompt-skip-" + index);
            skip.getStyleClass().addAll("flat", "small");
            FxLazyTooltip.install(skip, () -> t("journal.editor.skip"));
            skip.setAccessibleText(t("journal.editor.skip.accessible", slot.prompt().text()));
            skip.setOnAction(e -> vm.skipPrompt(index));
            HBox.setHgrow(q, Priority.ALWAYS);
            q.setMaxWidth(Double.MAX_VALUE);
            HBox head = new HBox(8, q, skip);
            head.setAlignment(Pos.TOP_LEFT);
            TextArea answer = FxKeys.tabMovesFocus(new TextArea());
            answer.setId("prompt-answer-" + index);
            answer.setWrapText(true);
            answer.setPrefRowCount(2);
            answer.setPromptText(t("journal.editor.answer.prompt"));
            answer.textProperty().bindBidirectional(slot.answerProperty());
            answer.setAccessibleText(slot.prompt().text());
            textSupport.accept(answer);
            VBox one = new VBox(6, head);
            if (!slot.prompt().reason().isBlank()) {
                Label why = new Label(slot.prompt().reason());
                why.getStyleClass().addAll("text-muted", "text-small");
                one.getChildren().add(why);
            }
            one.getChildren().add(answer);
            promptBox.getChildren().add(one);
        }
    }

    /** Free writing with a word count, tags under it, and refusals shown inline. */
    public Node writing() {
        text.setId("today-text");
        text.setWrapText(true);
        FxKeys.tabMovesFocus(text); // as in the prompts' answers: Tab went in as a character and the focus stayed

        // as tall as its text (the page scrolls, not the box), at least 12 lines
        FxGrowingText.install(text, 12);
        text.setPromptText(t("journal.editor.text.prompt"));
        text.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getText().isEmpty() && !change.isDeleted()) {
                return change;
            }
            // the new length without building the new text (a copy of the whole day per keystroke)
            int length = text.getLength() - (change.getRangeEnd() - change.getRangeStart()) + change.getText().length();
            return vm.acceptLength(length) ? change : null;
        }));
        longDay = new LongDayView(vm, text); // binds the day's text to the text area, or to the long day's editor
        // someone typing while the day came keeps typing where their words went: at the end
        vm.loadingProperty().addListener((o, was, loading) -> {
            if (!loading && longDay.isEditorFocused()) {
                longDay.caretToEnd();
            }
        });
        textSupport.accept(text);
        Label words = new Label();
        words.setId("today-word-count");
        words.getStyleClass().addAll("text-muted", "text-small");
        words.textProperty().bind(Bindings.createStringBinding(
                () -> t("journal.words", vm.wordCountProperty().get()), vm.wordCountProperty()));
        Label error = new Label();
        error.setId("today-error");
        error.setWrapText(true);
        error.getStyleClass().add("text-error");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        TagsControl tags = new TagsControl(vm.tags(), vm.knownTags(), vm.pendingTagProperty(), vm::addTag,
                vm::removeTag);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox under = new HBox(8, tags, spacer, words);
        under.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(text, Priority.ALWAYS);
        return card(t("journal.editor.writing"), previewToggle(), new VBox(8, text, longDay.node(), preview, error, under));
    }

    /** Preview: the text rendered (Markdown) in place of the editor; off again to write. */
    private Node previewToggle() {
        ToggleButton toggle = new ToggleButton(t("journal.editor.preview"), new FontIcon("fth-eye"));
        toggle.setId("today-preview");
        toggle.getStyleClass().addAll("flat", "small");
        FxLazyTooltip.install(toggle, () -> t("journal.editor.preview.tooltip"));
        preview.setId("today-preview-text");
        preview.getStyleClass().add("markdown-preview");
        Runnable render = () -> {
            if (toggle.isSelected()) {
                String s = vm.textProperty().get();
                preview.getChildren().setAll(s == null || s.isBlank() ? muted(t("journal.editor.preview.empty"))
                        : FxMarkdown.render(s));
            } else {
                preview.getChildren().clear();
            }
        };
        toggle.selectedProperty().addListener((o, a, on) -> {
            // the preview takes the editor's place at least as tall as the editor was: what is under it stays put
            Node editor = longDay.longModeProperty().get() ? longDay.node() : text;
            preview.setMinHeight(on ? editor.getLayoutBounds().getHeight() : Region.USE_COMPUTED_SIZE);
            render.run();
            if (!on) {
                longDay.focusEditor();
            }
        });
        vm.textProperty().addListener((o, a, b) -> render.run()); // another day opened while previewing
        preview.visibleProperty().bind(toggle.selectedProperty());
        preview.managedProperty().bind(preview.visibleProperty());
        text.visibleProperty().bind(toggle.selectedProperty().not().and(longDay.longModeProperty().not()));
        text.managedProperty().bind(text.visibleProperty());
        Node longEditor = longDay.node();
        longEditor.visibleProperty().bind(toggle.selectedProperty().not().and(longDay.longModeProperty()));
        longEditor.managedProperty().bind(longEditor.visibleProperty());
        return toggle;
    }

    public TextArea textArea() {
        return text;
    }

    static VBox card(String title, Node action, Node body) {
        Label h = heading(title);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = action == null ? new HBox(h) : new HBox(8, h, spacer, action);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, head, body);
        box.getStyleClass().add("card");
        return box;
    }
}
