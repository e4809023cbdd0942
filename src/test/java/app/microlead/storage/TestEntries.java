package app.microlead.storage;

import java.nio.file.Path;
import java.sql.ResultSet;

/** Days written and counted straight in a journal's tables, for the storage tests that check what a file kept. */
final class TestEntries {

    private TestEntries() {
    }

    static void addEntry(Database db, String date) {
        db.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                + " VALUES (DATE '" + date + "', 'text', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
    }

    /** Opens the folder's journal, writes one day and closes it; returns the journal's file. */
    static Path journalWithOneDay(DataFolder folder, String date) {
        try (Database db = Database.open(folder)) {
            addEntry(db, date);
        }
        return folder.root().resolve("microlead.mv.db");
    }

    static long entries(Database db) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
