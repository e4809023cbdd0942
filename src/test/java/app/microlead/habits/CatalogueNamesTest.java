package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogue habits follow the app's language; the user's own words stay. */
class CatalogueNamesTest {

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void aCatalogueHabitAddedInEnglishReadsInGermanAfterTheSwitchUnlessRenamed() {
        I18n.setLocale(Locale.ENGLISH);
        Catalogue.MicroAction greet = Catalogue.load(Locale.ENGLISH).byId("greet-by-name").orElseThrow();
        Catalogue.MicroAction celebrate = Catalogue.load(Locale.ENGLISH).byId("celebrate-win").orElseThrow();
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcHabitRepository repo = new JdbcHabitRepository(db);
            LocalDate day = LocalDate.of(2026, 3, 10);
            repo.add(new Habit(0, greet.id(), greet.name(), greet.why(), greet.pillar(), greet.schedule(), 0, false, day, ""));
            repo.add(new Habit(0, celebrate.id(), "Cheer the team on Fridays", celebrate.why(), celebrate.pillar(),
                    celebrate.schedule(), 1, false, day, ""));

            I18n.setLocale(Locale.GERMAN);
            Catalogue.MicroAction greetDe = Catalogue.load(Locale.GERMAN).byId("greet-by-name").orElseThrow();
            assertThat(greetDe.name()).isNotEqualTo(greet.name());
            assertThat(repo.habits(false)).extracting(Habit::name).containsExactly(greetDe.name(), "Cheer the team on Fridays");
            assertThat(repo.habits(false).get(0).description()).isEqualTo(greetDe.why());
            assertThat(repo.habits(false).get(1).description())
                    .isEqualTo(Catalogue.load(Locale.GERMAN).byId("celebrate-win").orElseThrow().why());

            I18n.setLocale(Locale.ENGLISH);
            assertThat(repo.habits(false).get(0).name()).isEqualTo(greet.name());
        }
    }
}
