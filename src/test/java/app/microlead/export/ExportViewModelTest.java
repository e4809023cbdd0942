package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        assertThat(vm.presetProperty().get()).isEqualTo(ExportViewModel.Preset.LAST_30_DAYS);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2026-02-09"));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.parse("2026-03-10"));
        vm.presetProperty().set(ExportViewModel.Preset.LAST_WEEK);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2026-03-04"));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.parse("2026-03-10"));
        vm.presetProperty().set(ExportViewModel.Preset.LAST_QUARTER);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2025-12-11"));
        vm.presetProperty().set(ExportViewModel.Preset.LAST_YEAR);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2025-03-11"));
        vm.presetProperty().set(ExportViewModel.Preset.ALL);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2024-05-01"));
        assertThat(vm.suggestedName()).isEqualTo("microlead-2024-05-01_2026-03-10.pdf");
    }

    /** "Last month" is the calendar month before this one (it was the last 30 days, 9 Nov – 8 Dec on 8 Dec). */
    @Test
    void lastMonthIsThePreviousCalendarMonth() {
        ExportViewModel vm = new ExportViewModel(new DirectTaskRunner(),
                Clock.fixed(Instant.parse("2026-12-08T23:30:00Z"), ZoneOffset.UTC), () -> null, (s, t, p) -> { });
        vm.presetProperty().set(ExportViewModel.Preset.LAST_MONTH);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.parse("2026-11-30"));
        // January's last month is the year before's December; February's end in a leap year
        vm = new ExportViewModel(new DirectTaskRunner(), Clock.fixed(Instant.parse("2027-01-15T12:00:00Z"),
                ZoneOffset.UTC), () -> null, (s, t, p) -> { });
        vm.presetProperty().set(ExportViewModel.Preset.LAST_MONTH);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.parse("2026-12-31"));
        vm = new ExportViewModel(new DirectTaskRunner(), Clock.fixed(Instant.parse("2028-03-01T12:00:00Z"),
                ZoneOffset.UTC), () -> null, (s, t, p) -> { });
        vm.presetProperty().set(ExportViewModel.Preset.LAST_MONTH);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.parse("2028-02-01"));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.parse("2028-02-29"));
        assertThat(vm.presetProperty().get().label()).isEqualTo("Last month");
        assertThat(ExportViewModel.Preset.LAST_30_DAYS.label()).isEqualTo("Last 30 days");
    }

    /** The suggested name has no word of any language between the days; one day is named once. */
    @Test
    void theSuggestedNameIsTheSameInEveryLanguage() {
        ExportViewModel vm = vm((s, t, p) -> { });
        vm.presetProperty().set(ExportViewModel.Preset.LAST_MONTH);
        Locale before = I18n.locale();
        I18n.setLocale(Locale.GERMAN);
        try {
            assertThat(vm.suggestedName()).isEqualTo("microlead-2026-02-01_2026-02-28.pdf");
        } finally {
            I18n.setLocale(before); // the language the run was in (the suite runs once in German too)
        }
        vm.fromProperty().set(LocalDate.parse("2026-03-10"));
        vm.toProperty().set(LocalDate.parse("2026-03-10"));
        vm.formatProperty().set(ExportViewModel.Format.MARKDOWN_DAYS);
        assertThat(vm.suggestedName()).isEqualTo("microlead-2026-03-10");
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
