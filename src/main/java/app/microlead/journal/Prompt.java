package app.microlead.journal;

import app.microlead.common.Pillar;

/**
 * A reflection prompt: built into the app (from {@code prompts.json}) or written by the user.
 *
 * @param pillar the pillar it belongs to, or null for a user's prompt without one
 * @param tag    the micro-action it is about (e.g. "delegate-task"); empty for user prompts
 */
public record Prompt(String id, Pillar pillar, String tag, String text, boolean builtIn) {
}
