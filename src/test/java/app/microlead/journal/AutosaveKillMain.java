package app.microlead.journal;

import app.microlead.common.KilledTypist;
import app.microlead.common.ReportingTaskRunner;
import app.microlead.common.TaskRunner;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxScheduler;
import app.microlead.ui.FxTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import javafx.application.Platform;

/**
 * Child process of {@link AutosaveKillTest}: types a word into one day every 100 ms, without a pause,
 * through the app's own autosave (EntryEditorViewModel on FxScheduler and FxTaskRunner, real H2).
 * Prints "TYPED n" after the n-th word, "SNAPSHOT n" when the autosave takes the text up to word n
 * (on the FX thread, in order with the words) and "SAVED n" once that save has returned.
 */
public final class AutosaveKillMain {

    /**
     * Time between two typed words, on the same timer as the autosave's wait (the app's {@link FxScheduler}): each
     * word 100 ms after the last was typed, so a stall of the window thread slows the typing and never bunches words.
     */
    static final int WORD_EVERY_MS = 100;

    private static int typed;

    private AutosaveKillMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(DataFolder.open(Path.of(args[0])));
        LocalDate day = LocalDate.parse(args[1]);
        Clock clock = Clock.systemUTC();
        JdbcJournalRepository repo = new JdbcJournalRepository(db, clock);
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            FxScheduler scheduler = new FxScheduler();
            EntryEditorViewModel vm = new EntryEditorViewModel(repo, new FakePromptSource(), reporting(new FxTaskRunner()),
                    scheduler, clock, (d, stored) -> say("SAVED " + stored.map(e -> KilledTypist.lastWord(e.text())).orElse(0)));
            vm.load(day);
            StringBuilder text = new StringBuilder();
            Runnable[] typeNext = new Runnable[1];
            typeNext[0] = () -> {
                if (vm.dateProperty().get() != null) { // else the day is still being opened
                    typed++;
                    text.append('k').append(typed).append(' ');
                    vm.textProperty().set(text.toString());
                    say("TYPED " + typed);
                }
                scheduler.schedule(Duration.ofMillis(WORD_EVERY_MS), typeNext[0]);
            };
            scheduler.schedule(Duration.ofMillis(WORD_EVERY_MS), typeNext[0]);
        });
    }

    /** The app's task runner, telling each write as it is handed over (the autosave's snapshot). */
    private static TaskRunner reporting(FxTaskRunner tasks) {
        return new ReportingTaskRunner(tasks, () -> {
            say("SNAPSHOT " + typed);
            return typed;
        }, took -> { });
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
