package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void freshDatabaseIsCreatedAndMigrated() {
        DataFolder folder = DataFolder.open(dir.resolve("new-journal"));
        try (Database db = Database.open(folder)) {
            List<String> versions = db.read(c -> {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertThat(versions).isNotEmpty().startsWith("1");
        }
        assertThat(Files.exists(folder.root().resolve("microlead.mv.db"))).isTrue();
    }

    @Test
    void textsReadAreNotKeptReachableForMinutes() {
        // H2 keeps every CLOB it handed out reachable for LOB_TIMEOUT after the read (5 minutes unless told
        // otherwise): on a 20-year journal that was ~30,000 days' texts in the heap after start-up
        try (Database db = Database.open(DataFolder.open(dir))) {
            int timeout = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'LOB_TIMEOUT'")) {
                    return rs.next() ? Integer.parseInt(rs.getString(1)) : -1;
                }
            });
            assertThat(timeout).isBetween(1, 5_000);
        }
    }

    @Test
    void aCopyIsCheckedWithoutBeingChanged() throws Exception {
        // checks of copies (a backup's, a restore's, an encryption change's) open them read-only: opened for
        // writing, H2 rewrote the copy as it closed, and a rare failure of that rewrite failed a sound backup
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path copies = Files.createDirectories(dir.resolve("copies"));
        try (Database db = Database.open(folder)) {
            db.transaction(() -> {
                for (int i = 1; i <= 300; i++) {
                    int day = i;
                    db.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                            + " VALUES (DATE '2000-01-01' + " + day + ", '" + "the words of a day ".repeat(50)
                            + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
                }
                return null;
            });
            db.write(c -> c.createStatement().executeUpdate("BACKUP TO '" + copies.resolve("b.zip") + "'"));
            Path copy = copies.resolve("microlead.mv.db");
            try (ZipInputStream z = new ZipInputStream(Files.newInputStream(copies.resolve("b.zip")))) {
                z.getNextEntry();
                Files.copy(z, copy);
            }
            byte[] before = Files.readAllBytes(copy);
            long entries = db.readCopy(copies.resolve("microlead"), c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(entries).isEqualTo(300);
            assertThat(Files.readAllBytes(copy)).as("the copy after its check").isEqualTo(before);
        }
    }

    @Test
    void reopeningKeepsCommittedData() {
        DataFolder folder = DataFolder.open(dir);
        try (Database db = Database.open(folder)) {
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO app_meta(meta_key, meta_value) VALUES ('probe', 'ünïcødé ✓ 🌱')"));
        }
        try (Database db = Database.open(folder)) {
            String value = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT meta_value FROM app_meta WHERE meta_key = 'probe'")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(value).isEqualTo("ünïcødé ✓ 🌱");
        }
    }

    @Test
    void aCloseWaitsForTheWriteUnderWayWhichIsKept() throws Exception {
        DataFolder folder = DataFolder.open(dir);
        Database db = Database.open(folder);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> write = CompletableFuture.supplyAsync(() -> db.write(c -> {
            int n = c.createStatement().executeUpdate("INSERT INTO app_meta(meta_key, meta_value) VALUES ('late', 'kept')");
            inside.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return n;
        }));
        assertThat(inside.await(30, TimeUnit.SECONDS)).as("the write started").isTrue();
        CompletableFuture<Void> close = CompletableFuture.runAsync(db::close);
        // the close is waiting for the lock the write holds (not merely slow): seen from the lock's queue
        assertThat(waitUntil(() -> db.closeIsWaiting())).as("the close waits for the write").isTrue();
        assertThat(close).isNotDone();
        release.countDown();
        assertThat(write.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        close.get(30, TimeUnit.SECONDS);
        try (Database again = Database.open(folder)) {
            String kept = again.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT meta_value FROM app_meta WHERE meta_key = 'late'")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(kept).isEqualTo("kept");
        }
    }

    private static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 3_000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Test
    void failedWriteIsRolledBackAndExplained() {
        DataFolder folder = DataFolder.open(dir);
        try (Database db = Database.open(folder)) {
            assertThatThrownBy(() -> db.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO app_meta VALUES ('half', 'done')");
                return c.createStatement().executeUpdate("INSERT INTO no_such_table VALUES (1)");
            })).isInstanceOf(StorageException.class).hasMessageStartingWith("Microlead could not save your changes");
            Integer count = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM app_meta WHERE meta_key = 'half'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(count).isZero();
        }
    }

    @Test
    void aDatabaseOpenElsewhereGivesAReadableMessage() {
        DataFolder folder = DataFolder.open(dir);
        // OPEN_NEW makes H2 start a second, independent engine on the same file, which then meets
        // the first one's file lock exactly as another process would
        String url = "jdbc:h2:file:" + folder.databaseBase() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        try (Database first = Database.open(url, "sa", "")) {
            assertThatThrownBy(() -> Database.open(url + ";OPEN_NEW=TRUE", "sa", ""))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("already open");
        }
    }

    @Test
    void aCorruptFileGivesAReadableMessageAndIsLeftAlone() throws Exception {
        DataFolder folder = DataFolder.open(dir);
        Path file = folder.root().resolve("microlead.mv.db");
        byte[] junk = "this is not an H2 database file, just text that someone saved here".repeat(200).getBytes();
        Files.write(file, junk);
        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aTransactionIsAllOrNothingAcrossWrites() {
        DataFolder folder = DataFolder.open(dir);
        try (Database db = Database.open(folder)) {
            assertThatThrownBy(() -> db.transaction(() -> {
                db.write(c -> c.createStatement().executeUpdate("INSERT INTO app_meta VALUES ('a', '1')"));
                db.write(c -> c.createStatement().executeUpdate("INSERT INTO app_meta VALUES ('b', '2')"));
                throw new IllegalStateException("the import found a problem half-way");
            })).hasMessageContaining("half-way");
            Integer count = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM app_meta WHERE meta_key IN ('a', 'b')")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(count).isZero();

            db.transaction(() -> db.write(c -> c.createStatement().executeUpdate("INSERT INTO app_meta VALUES ('c', '3')")));
            String stored = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT meta_value FROM app_meta WHERE meta_key = 'c'")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(stored).isEqualTo("3");
        }
    }

    @Test
    void aTransactionOrAWriteEndedByAnErrorStoresNothingOfIt() {
        DataFolder folder = DataFolder.open(dir);
        try (Database db = Database.open(folder)) {
            // an Error (out of memory half-way through an import, say) is not an exception: setting auto-commit back
            // afterwards would commit what had run
            assertThatThrownBy(() -> db.transaction(() -> {
                db.write(c -> c.createStatement().executeUpdate("INSERT INTO app_meta VALUES ('a', '1')"));
                throw new OutOfMemoryError("half-way through");
            })).isInstanceOf(OutOfMemoryError.class);
            assertThatThrownBy(() -> db.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO app_meta VALUES ('b', '2')");
                throw new StackOverflowError("half-way through");
            })).isInstanceOf(StackOverflowError.class);
            Integer count = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM app_meta WHERE meta_key IN ('a', 'b')")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(count).as("rows of the work an Error ended").isZero();
        }
    }

    @Test
    void anOlderSchemaIsBackedUpThenUpgraded() throws Exception {
        DataFolder folder = DataFolder.open(dir);
        try (Database old = Database.open(folder, "2")) {
            old.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                    + " VALUES (DATE '2026-01-01', 'from version 2', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        }
        try (Database db = Database.open(folder)) {
            String text = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT body FROM entry")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(text).isEqualTo("from version 2");
            Integer habitTable = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM habit")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(habitTable).isZero();
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("-before-upgrade.zip");
        }
        // opening an up-to-date journal makes no further backup
        try (Database db = Database.open(folder)) {
            String kept = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT body FROM entry")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(kept).isEqualTo("from version 2");
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
