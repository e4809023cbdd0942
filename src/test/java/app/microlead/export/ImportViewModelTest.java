package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
    private Database target;
    private Path archiveFile;
    private final List<String> asked = new ArrayList<>();
    private Optional<ArchiveService.Merge> answer = Optional.empty();
    private int refreshed;
    private int backedUp;
    private ImportViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        try (Database source = Database.open(DataFolder.open(dir.resolve("a")))) {
            ArchiveRoundTripTest.fill(source, clock);
            ArchiveService s = ArchiveRoundTripTest.service(source, clock);
            archiveFile = dir.resolve("a.json");
            s.write(s.snapshot(Map.of()), archiveFile);
        }
        target = Database.open(DataFolder.open(dir.resolve("b")));
        vm = new ImportViewModel(new DirectTaskRunner(), ArchiveRoundTripTest.service(target, clock),
                new EntryImporter(target, new JdbcJournalRepository(target, clock), clock), summary -> {
                    asked.add(summary);
                    return answer;
                }, () -> refreshed++, () -> backedUp++);
    }

    @AfterEach
    void tearDown() {
        target.close();
    }

    @Test
    void anEmptyJournalImportsWithoutAsking() {
        vm.importFrom(ImportViewModel.Source.ARCHIVE, archiveFile);
        assertThat(asked).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Imported: 40 days added");
        assertThat(refreshed).isEqualTo(1);
        assertThat(backedUp).as("a backup before the import").isEqualTo(1);
    }

    @Test
    void aJournalWithDataAsksAndCancelChangesNothing() {
        JdbcJournalRepository j = new JdbcJournalRepository(target, clock);
        j.save(new Entry(LocalDate.parse("2026-01-03"), "mine", null, null, List.of(), List.of(), null, null));
        vm.importFrom(ImportViewModel.Source.ARCHIVE, archiveFile);
        assertThat(asked).singleElement().asString().contains("40 days, 3 habits and 2 self-assessments");
        assertThat(vm.messageProperty().get()).contains("cancelled");
        assertThat(j.count()).isEqualTo(1);

        answer = Optional.of(ArchiveService.Merge.SKIP_EXISTING_DAYS);
        vm.importFrom(ImportViewModel.Source.ARCHIVE, archiveFile);
        assertThat(j.count()).isEqualTo(40);
        assertThat(j.find(LocalDate.parse("2026-01-03")).orElseThrow().text()).isEqualTo("mine");
    }

    @Test
    void aBrokenFileIsExplainedAndNothingChanges() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"microlead-archive\",\"version\":1,\"entries\":[{");
        vm.importFrom(ImportViewModel.Source.ARCHIVE, bad);
        assertThat(vm.messageProperty().get()).contains("line 1").contains("Nothing was imported");
        ImportFixtures.assertPlainWords(vm.messageProperty().get());
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(new JdbcJournalRepository(target, clock).count()).isZero();
        assertThat(refreshed).isZero();
        assertThat(backedUp).isZero();
    }

    @Test
    void aFileThatIsNotAnArchiveIsExplainedInPeoplesWords() throws Exception {
        // issue 15: this said "Cannot construct instance of `app.microlead.export.Archive$EntryData`"
        Path other = Files.writeString(dir.resolve("other.json"), "{\"format\":\"microlead-archive\",\"version\":1,"
                + "\"entries\":[\"2026-01-01\"]}");
        vm.importFrom(ImportViewModel.Source.ARCHIVE, other);
        String message = vm.messageProperty().get();
        ImportFixtures.assertPlainWords(message);
        assertThat(message).contains("other.json, line 1").contains("entry 1").contains("record in { }");
        assertThat(vm.failedProperty().get()).isTrue();
    }

    @Test
    void anUnexpectedErrorShowsNoInternalsAndASuccessClearsTheError() throws Exception {
        ImportViewModel broken = new ImportViewModel(new DirectTaskRunner(), ArchiveRoundTripTest.service(target, clock),
                new EntryImporter(target, new JdbcJournalRepository(target, clock), clock), summary -> answer,
                () -> refreshed++, () -> {
                    throw new NullPointerException("Cannot invoke \"app.microlead.export.Archive$PromptData.custom()\"");
                });
        broken.importFrom(ImportViewModel.Source.ARCHIVE, archiveFile);
        ImportFixtures.assertPlainWords(broken.messageProperty().get());
        assertThat(broken.messageProperty().get()).contains("nothing was changed");
        assertThat(broken.failedProperty().get()).isTrue();
        assertThat(new JdbcJournalRepository(target, clock).count()).isZero();

        vm.importFrom(ImportViewModel.Source.ARCHIVE, Files.writeString(dir.resolve("x.json"), "nonsense"));
        assertThat(vm.failedProperty().get()).isTrue();
        vm.importFrom(ImportViewModel.Source.ARCHIVE, archiveFile);
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Imported");
    }
}
