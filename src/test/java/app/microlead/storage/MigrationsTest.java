package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a journal whose schema is current skips Flyway; anything else still goes through it. */
class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void latestIsTheNewestMigrationShipped() throws URISyntaxException, IOException {
        Path migrations = Path.of(Database.class.getClassLoader().getResource("db/migration").toURI());
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(migrations)) {
            newest = files.map(p -> version.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        }
        assertThat(newest).isPositive();
        assertThat(Migrations.LATEST).as("raise Migrations.LATEST with each new migration").isEqualTo(newest);
    }

    @Test
    void aMigratedJournalIsCurrentAndAnOlderOneIsNot() {
        DataFolder folder = DataFolder.open(dir);
        try (Database old = Database.open(folder, "2")) {
            assertThat(Migrations.isCurrent(old.dataSource())).isFalse();
        }
        try (Database db = Database.open(folder)) {
            assertThat(Migrations.isCurrent(db.dataSource())).isTrue();
            // a failed migration on record, or one newer than this app knows: Flyway decides
            db.write(c -> c.createStatement().executeUpdate(
                    "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'"));
            assertThat(Migrations.isCurrent(db.dataSource())).isFalse();
            db.write(c -> c.createStatement().executeUpdate(
                    "UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '2'"));
            assertThat(Migrations.isCurrent(db.dataSource())).isTrue();
            db.write(c -> c.createStatement().executeUpdate("UPDATE \"flyway_schema_history\" SET \"version\" = '"
                    + (Migrations.LATEST + 1) + "' WHERE \"version\" = '" + Migrations.LATEST + "'"));
            assertThat(Migrations.isCurrent(db.dataSource())).isFalse();
        }
    }

    @Test
    void aNewJournalHasNoHistoryAndIsNotCurrent() {
        JdbcDataSource bare = new JdbcDataSource();
        bare.setURL("jdbc:h2:file:" + dir.resolve("bare").resolve("j") + ";TRACE_LEVEL_FILE=0");
        bare.setUser("sa");
        assertThat(Migrations.isCurrent(bare)).isFalse();
    }
}
