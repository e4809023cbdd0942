package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.journal.Entry;
import app.microlead.journal.JournalRepository;
import app.microlead.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Imports reflections read from another journal app, in one transaction, with the archive's merge rules. */
public final class EntryImporter {

    private final Database db;
    private final JournalRepository journal;
    private final Clock clock;

    public EntryImporter(Database db, JournalRepository journal, Clock clock) {
        this.db = db;
        this.journal = journal;
        this.clock = clock;
    }

    public ArchiveService.Report importEntries(List<Entry> entries, ArchiveService.Merge merge) throws ImportException {
        if (merge == ArchiveService.Merge.ONLY_IF_EMPTY && journal.count() > 0) {
            throw new ImportException(ImportException.Kind.JOURNAL, t("export.import.has.reflections"));
        }
        return db.transaction(() -> {
            int added = 0;
            int merged = 0;
            int skipped = 0;
            for (Entry e : entries) {
                Entry stamped = new Entry(e.date(), e.text(), e.mood(), e.energy(), e.tags(), e.answers(),
                        e.createdAt() == null ? clock.instant() : e.createdAt(),
                        e.updatedAt() == null ? clock.instant() : e.updatedAt());
                Optional<Entry> existing = journal.find(e.date());
                if (existing.isEmpty()) {
                    journal.restore(stamped);
                    added++;
                } else if (merge == ArchiveService.Merge.KEEP_BOTH) {
                    Entry x = existing.get();
                    List<String> tags = new ArrayList<>(x.tags());
                    e.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
                    journal.restore(new Entry(x.date(), x.text() + "\n\n---\n\n" + e.text(), x.mood(), x.energy(), tags,
                            x.answers(), x.createdAt(), clock.instant()));
                    merged++;
                } else {
                    skipped++;
                }
            }
            return new ArchiveService.Report(added, skipped, merged, 0, 0, 0, 0);
        });
    }
}
