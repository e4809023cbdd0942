package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk while saving: a readable message, and everything saved before it is still there; a disk that
 * does not confirm a forced write: the save kept and the trouble said.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        FailingFilePath.diskFull = false;
        FailingFilePath.forceFails = false;
    }

    /** The journal in {@code folder}, opened through {@link FailingFilePath}. */
    private static Database onFailingDisk(DataFolder folder) {
        FilePath.register(new FailingFilePath());
        return Database.open("jdbc:h2:failing:" + folder.databaseBase() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                "sa", "");
    }

    private static void insert(Database db, String key) {
        db.write(c -> c.createStatement().executeUpdate("INSERT INTO app_meta VALUES ('" + key + "', 'value')"));
    }

    @Test
    void aWriteOnAFullDiskIsExplainedAndNothingSavedIsLost() {
        DataFolder folder = DataFolder.open(dir);
        Database db = onFailingDisk(folder);
        insert(db, "saved-before");
        FailingFilePath.diskFull = true;
        assertThatThrownBy(() -> insert(db, "while-full")).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("Microlead could not save your changes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("org.h2"));
        FailingFilePath.diskFull = false;
        try {
            db.close();
        } catch (RuntimeException ignored) {
            // the engine may already have closed itself after the failed write
        }
        try (Database again = Database.open(folder)) {
            String value = again.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT meta_value FROM app_meta WHERE meta_key = 'saved-before'")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(value).isEqualTo("value");
            insert(again, "after-space-freed");
        }
    }

    private static List<String> keys(Database db) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT meta_key FROM app_meta WHERE meta_value = 'value' ORDER BY meta_key")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * A commit that went through but could not be forced to the disk is not reported as a failed save (the
     * user would save it again, and a 1:1 would be stored twice): it is kept, and the disk trouble is said
     * until a later commit reaches the disk.
     */
    @Test
    void aCommitTheDiskDidNotConfirmIsKeptOnceAndSaidUntilALaterOneIs() {
        DataFolder folder = DataFolder.open(dir);
        Database db = onFailingDisk(folder);
        List<String> said = Collections.synchronizedList(new ArrayList<>());
        db.onDiskTrouble(said::add);
        insert(db, "a-before");
        assertThat(said).isEmpty();

        FailingFilePath.forceFails = true;
        insert(db, "b-unconfirmed"); // no exception: it is in the journal
        assertThat(keys(db)).containsExactly("a-before", "b-unconfirmed");
        assertThat(said).singleElement().asString()
                .startsWith("Your last change is stored in the journal, but the disk did not confirm writing it (")
                .contains("Input/output error")
                .doesNotContain("org.h2");
        insert(db, "c-unconfirmed-too");
        assertThat(said).hasSize(2);

        FailingFilePath.forceFails = false;
        insert(db, "d-confirmed");
        assertThat(said).hasSize(3).last().isNull();
        insert(db, "e-confirmed-too");
        assertThat(said).hasSize(3);
        db.close();

        try (Database again = Database.open(folder)) {
            assertThat(keys(again)).containsExactly("a-before", "b-unconfirmed", "c-unconfirmed-too", "d-confirmed",
                    "e-confirmed-too");
        }
    }

    /** A listener that fails cannot turn a commit that went through into "could not save" (a retry would store it twice). */
    @Test
    void aFailingListenerDoesNotTurnAStoredCommitIntoAFailedSave() {
        DataFolder folder = DataFolder.open(dir);
        Database db = onFailingDisk(folder);
        db.onDiskTrouble(sentence -> {
            throw new IllegalStateException("the window is gone");
        });
        FailingFilePath.forceFails = true;
        insert(db, "stored");
        FailingFilePath.forceFails = false;
        insert(db, "confirmed");
        assertThat(keys(db)).containsExactly("confirmed", "stored");
        db.close();
    }
}
