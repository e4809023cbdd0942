package app.microlead.backup;

import static app.microlead.common.I18n.t;

import app.microlead.common.TaskRunner;
import app.microlead.storage.Database;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The automatic backup of the day: made at the first start of a day, verified, then old ones rotated. */
public final class DailyBackup {

    private DailyBackup() {
    }

    /**
     * Makes today's backup in the background, in order with other writes, when none was made today.
     *
     * @param backups   the backups in the folder chosen now (the choice may change while the app runs)
     * @param onFailure told what went wrong, in words for the status line
     */
    public static void run(Supplier<Backups> backups, Database db, TaskRunner tasks, Consumer<String> onFailure) {
        tasks.write(() -> {
            Backups b = backups.get();
            if (b.dailyDue()) {
                b.backup(db, "daily");
                b.rotate();
            }
            return null;
        }, ok -> { }, e -> onFailure.accept(t("shell.daily.backup.failed", e.getMessage())));
    }
}
