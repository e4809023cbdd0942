package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk while saving: a readable message, and everything saved before it is still there. */
class DiskFullTest {

    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        FailingFilePath.diskFull = false;
    }

    private static void insert(Database db, String key) {
        db.write(c -> c.createStatement().executeUpdate("INSERT INTO app_meta VALUES ('" + key + "', 'value')"));
    }

    @Test
    void aWriteOnAFullDiskIsExplainedAndNothingSavedIsLost() {
        FilePath.register(new FailingFilePath());
        DataFolder folder = DataFolder.open(dir);
        String url = "jdbc:h2:failing:" + folder.databaseBase() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        Database db = Database.open(url, "sa", "");
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
}
