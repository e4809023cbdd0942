package app.microlead.sync;

import static app.microlead.common.I18n.t;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What one round did: values of this computer sent, files of other computers merged, days edited on
 * two computers, and the files it had to skip, each in words (a round with skipped files still
 * completed; they are read again at the next round), and whether this journal found itself copied to another
 * computer (or moved) and so began to sync under a device id of its own.
 */
public record RoundReport(Instant at, int sent, int filesMerged, int recordsChanged, int conflicts,
                          List<String> problems, Set<LocalDate> daysChanged, boolean newDevice) {

    public RoundReport {
        problems = List.copyOf(problems);
        daysChanged = Set.copyOf(daysChanged);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** One line for a person: "Sent 3 changes, merged 2 files (5 records changed)." */
    public String summary() {
        String s = t("sync.round.summary", sent, filesMerged, recordsChanged);
        if (newDevice) {
            s = t("sync.round.new.device") + " " + s;
        }
        return conflicts == 0 ? s : s + " " + t("sync.round.conflicts", conflicts);
    }
}
