package app.microlead.journal;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One prompt on the Today view with the answer being written to it. */
public final class PromptSlot {

    private final ShownPrompt prompt;
    private final StringProperty answer = new SimpleStringProperty("");

    public PromptSlot(ShownPrompt prompt, String answer) {
        this.prompt = prompt;
        this.answer.set(answer == null ? "" : answer);
    }

    public ShownPrompt prompt() {
        return prompt;
    }

    public StringProperty answerProperty() {
        return answer;
    }
}
