package app.microlead.common;

import java.util.ArrayList;
import java.util.List;

/** A {@link DialogService} for tests: answers questions with {@link #answer} and records what was shown. */
public final class StubDialogs implements DialogService {

    /** What {@link #confirm} returns. */
    public boolean answer = true;
    public final List<String> shown = new ArrayList<>();
    /** How many questions were asked as destructive ones. */
    public int destructiveAsked;

    @Override
    public void showError(String title, String message, Throwable details) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add(title + ": " + message);
        return answer;
    }

    @Override
    public boolean confirmDestructive(String title, String message, String confirmLabel) {
        destructiveAsked++;
        return confirm(title, message, confirmLabel);
    }
}
