package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.Pillar;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcPromptRepositoryTest {

    @TempDir
    Path dir;
    private Database db;
    private JdbcPromptRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcPromptRepository(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void customPromptsAreAddedListedAndRemoved() {
        PromptRepository.CustomPrompt a = repo.addCustom(Pillar.TRUST, "  Whom did I back up today?  ");
        PromptRepository.CustomPrompt b = repo.addCustom(null, "What surprised me?");
        assertThat(repo.customPrompts()).containsExactly(
                new PromptRepository.CustomPrompt(a.id(), Pillar.TRUST, "Whom did I back up today?"), b);
        repo.removeCustom(a.id());
        assertThat(repo.customPrompts()).containsExactly(b);
    }

    @Test
    void emptyOrHugePromptsAreRefusedWithAReason() {
        assertThatThrownBy(() -> repo.addCustom(null, "   ")).hasMessageContaining("needs some words");
        assertThatThrownBy(() -> repo.addCustom(null, "x".repeat(501))).hasMessageContaining("under 500");
        assertThat(repo.customPrompts()).isEmpty();
    }

    @Test
    void builtInPromptsCanBeTurnedOffAndOnAgain() {
        repo.setDisabled("trust-01", true);
        repo.setDisabled("trust-01", true);
        repo.setDisabled("emp-02", true);
        assertThat(repo.disabledIds()).containsExactlyInAnyOrder("trust-01", "emp-02");
        repo.setDisabled("trust-01", false);
        assertThat(repo.disabledIds()).containsExactly("emp-02");
    }

    @Test
    void eachDaysChoiceIsRememberedAndReplaceable() {
        LocalDate d = LocalDate.parse("2026-03-10");
        assertThat(repo.shownOn(d)).isEmpty();
        repo.setShown(d, List.of("a", "b", "c"));
        repo.setShown(d.minusDays(1), List.of("x"));
        assertThat(repo.shownOn(d)).containsExactly("a", "b", "c");
        repo.setShown(d, List.of("c", "d"));
        assertThat(repo.shownOn(d)).containsExactly("c", "d");
        assertThat(repo.shownBetween(d.minusDays(14), d)).containsOnlyKeys(d.minusDays(1), d);
    }
}
