package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
    private final List<ExportViewModel.Settings> ran = new ArrayList<>();

    private ExportViewModel vm(ExportViewModel.Job job) {
        return new ExportViewModel(new DirectTaskRunner(), clock, () -> LocalDate.parse("2024-05-01"), job);
    }

    @Test
    void nothingIsExportedIntoTheJournalsDataFolder(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("microlead"));
        ExportViewModel vm = new ExportViewModel(new DirectTaskRunner(), clock, () -> LocalDate.parse("2024-05-01"),
                (s, t, p) -> ran.add(s), data);
        vm.presetProperty().set(ExportViewModel.Preset.LAST_WEEK);
        // the journal's own database, chosen in the file chooser (a link to the folder too)
        vm.export(data.resolve("microlead.mv.db"));
        assertThat(ran).isEmpty();
        assertThat(vm.stepProperty().get()).startsWith("Nothing was exported").contains(data.toString());
        Path link = Files.createSymbolicLink(dir.resolve("link"), data);
        vm.export(link.resolve("review.pdf"));
        assertThat(ran).isEmpty();
        vm.export(dir.resolve("review.pdf"));
        assertThat(ran).hasSize(1);
    }

    @Test
    void presetsSetThePeriod() {
        ExportViewModel vm = vm((s, t, p) -> { });
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2026-02-11"));
        vm.presetProperty().set(ExportViewModel.Preset.LAST_WEEK);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2026-03-04"));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.parse("2026-03-10"));
        vm.presetProperty().set(ExportViewModel.Preset.LAST_QUARTER);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2025-12-11"));
        vm.presetProperty().set(ExportViewModel.Preset.LAST_YEAR);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2025-03-11"));
        vm.presetProperty().set(ExportViewModel.Preset.ALL);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2024-05-01"));
        assertThat(vm.suggestedName()).isEqualTo("microlead-2024-05-01-to-2026-03-10.pdf");
    }

    @Test
    void problemsBlockTheExport() {
        ExportViewModel vm = vm((s, t, p) -> ran.add(s));
        vm.toProperty().set(LocalDate.parse("2020-01-01"));
        assertThat(vm.problemProperty().get()).contains("before the first");
        vm.export(Path.of("x.pdf"));
        assertThat(ran).isEmpty();
        vm.presetProperty().set(ExportViewModel.Preset.LAST_WEEK);
        assertThat(vm.problemProperty().get()).isEmpty();
        vm.reflectionsProperty().set(false);
        vm.habitsProperty().set(false);
        vm.assessmentsProperty().set(false);
        assertThat(vm.problemProperty().get()).contains("at least one section");
        vm.formatProperty().set(ExportViewModel.Format.CSV);
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void thePeopleSectionIsOptionalAndOnlyForPdfAndOneMarkdownFile() {
        ExportViewModel vm = vm((s, t, p) -> { });
        assertThat(vm.settings().sections()).doesNotContain(ReviewRequest.Section.PEOPLE);
        vm.peopleProperty().set(true);
        assertThat(vm.settings().sections()).contains(ReviewRequest.Section.PEOPLE);
        vm.reflectionsProperty().set(false);
        vm.habitsProperty().set(false);
        vm.assessmentsProperty().set(false);
        assertThat(vm.problemProperty().get()).as("People alone is a section").isEmpty();
        vm.formatProperty().set(ExportViewModel.Format.MARKDOWN);
        assertThat(vm.peopleAvailableProperty().get()).isTrue();
        assertThat(vm.settings().sections()).contains(ReviewRequest.Section.PEOPLE);
        vm.formatProperty().set(ExportViewModel.Format.MARKDOWN_DAYS);
        assertThat(vm.peopleAvailableProperty().get()).isFalse();
        assertThat(vm.settings().sections()).doesNotContain(ReviewRequest.Section.PEOPLE);
        // a review asked for without sections has the usual three, not People
        assertThat(new ReviewRequest(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"), null, null, null,
                null).has(ReviewRequest.Section.PEOPLE)).isFalse();
    }

    @Test
    void aSuccessfulExportReportsTheFileAndAFailureSaysNothingWasWritten() {
        ExportViewModel ok = vm((s, t, p) -> {
            p.update(0.5, "half");
            ran.add(s);
        });
        ok.tagProperty().set("team");
        ok.export(Path.of("out.pdf"));
        assertThat(ran).singleElement().satisfies(s -> assertThat(s.tag()).isEqualTo("team"));
        assertThat(ok.resultProperty().get()).isEqualTo(Path.of("out.pdf"));
        assertThat(ok.stepProperty().get()).contains("not encrypted");
        assertThat(ok.runningProperty().get()).isFalse();

        ExportViewModel failing = vm((s, t, p) -> {
            throw new IOException("disk full");
        });
        failing.export(Path.of("out.pdf"));
        assertThat(failing.resultProperty().get()).isNull();
        assertThat(failing.stepProperty().get()).contains("disk full").contains("Nothing was written");
    }

    @Test
    void cancelReachesTheJob() {
        ExportViewModel[] self = new ExportViewModel[1];
        self[0] = vm((s, t, p) -> {
            self[0].cancel();
            p.checkCancelled();
        });
        self[0].export(Path.of("out.pdf"));
        assertThat(self[0].stepProperty().get()).contains("cancelled");
        assertThat(self[0].resultProperty().get()).isNull();
    }
}
