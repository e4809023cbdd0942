package app.microlead.people;

import app.microlead.common.ReportingTaskRunner;
import app.microlead.common.StubDialogs;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxScheduler;
import app.microlead.ui.FxTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.application.Platform;

/**
 * Child process of {@link PersonDraftKillTest}: opens the first person's page and types a 1:1 note into it, a word
 * every 100 ms without a pause and never saving it, through the app's own view models on its FxScheduler and
 * FxTaskRunner (real H2). Prints "TYPED n" after the n-th word, "SNAPSHOT n" when what is unsaved is handed to
 * the writer with words up to n (on the FX thread, in order with the words) and "SAVED n" once that write is
 * committed.
 */
public final class PersonDraftKillMain {

    /** Time between two typed words, on the same timer as the wait before the page is kept on disk. */
    static final int WORD_EVERY_MS = 100;

    private static int typed;

    private PersonDraftKillMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(DataFolder.open(Path.of(args[0])));
        Clock clock = Clock.systemUTC();
        PeopleService service = new PeopleService(new JdbcPeopleRepository(db), new JdbcJournalRepository(db, clock),
                new JdbcHabitRepository(db), clock);
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            FxScheduler scheduler = new FxScheduler();
            ReportingTaskRunner tasks = new ReportingTaskRunner(new FxTaskRunner(), () -> {
                say("SNAPSHOT " + typed);
                return typed;
            }, took -> say("SAVED " + took));
            PeopleViewModel vm = new PeopleViewModel(service, tasks, scheduler, new StubDialogs());
            vm.load();
            StringBuilder note = new StringBuilder();
            Runnable[] typeNext = new Runnable[1];
            typeNext[0] = () -> {
                if (vm.selectedProperty().get() == null && !vm.roster().isEmpty()) {
                    vm.selectedProperty().set(vm.roster().get(0));
                } else if (vm.selectedProperty().get() != null) { // else the roster is still being read
                    typed++;
                    note.append('k').append(typed).append(' ');
                    vm.page().notesProperty().set(note.toString());
                    say("TYPED " + typed);
                }
                scheduler.schedule(Duration.ofMillis(WORD_EVERY_MS), typeNext[0]);
            };
            scheduler.schedule(Duration.ofMillis(WORD_EVERY_MS), typeNext[0]);
        });
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
