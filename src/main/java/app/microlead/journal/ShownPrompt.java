package app.microlead.journal;

/** A prompt as the Today view shows it: its id, its words, and why it was chosen (may be empty). */
public record ShownPrompt(String id, String text, String reason) {
}
