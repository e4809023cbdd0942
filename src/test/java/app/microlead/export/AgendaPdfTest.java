package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.people.Agenda;
import app.microlead.people.OneOnOne;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import app.microlead.people.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Export as PDF…" of the 1:1 agenda: one page, with the person, their open promises and the follow-ups. */
class AgendaPdfTest {

    private static final LocalDate D = LocalDate.parse("2026-03-12");

    @TempDir
    Path dir;

    @AfterEach
    void wholeDisk() {
        AtomicFile.through = UnaryOperator.identity();
    }

    private static Person ana(String hopes) {
        return new Person(1, "Ana Lima", "Engineer", "Platform", null, hopes, Person.Cadence.WEEKLY, false,
                D.minusMonths(2), false, null);
    }

    private static String text(Path pdf, int pages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theAgendaIsOnePageWithTheNameAnOpenPromiseAndTheFollowUps() throws Exception {
        List<OneOnOne> meetings = List.of(new OneOnOne(2, 1, D.minusDays(7), "", "notes", "- send the course link"));
        List<Promise> promises = List.of(Promise.open(1, "Review her draft", D.minusDays(7), D.plusDays(2)),
                Promise.open(1, "Kept long ago", D.minusDays(9), null).close(Promise.State.KEPT, D.minusDays(8)));
        List<Timeline> timeline = List.of(new Timeline(D.minusDays(1), Timeline.Kind.JOURNAL, "asked @Ana about the demo",
                null, 0));
        Path out = dir.resolve("agenda.pdf");
        new PdfExporter().exportAgenda(Agenda.sheet(ana("Lead the next release"), D, timeline, meetings, promises), out);
        assertThat(text(out, 1)).contains("1:1 with Ana Lima, 12 March 2026").contains("Engineer · Platform")
                .contains("Lead the next release").contains("Follow-ups from the last 1:1 (5 March 2026)")
                .contains("send the course link").contains("Review her draft (due 14 March 2026)")
                .contains("asked @Ana about the demo").contains("Talking points")
                .doesNotContain("Kept long ago");
    }

    @Test
    void aLongHistoryIsShortenedToOnePageAndSaysWhatIsLeftOut() throws Exception {
        List<Timeline> timeline = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            timeline.add(new Timeline(D.minusDays(i), Timeline.Kind.JOURNAL, "day " + i + " with Ana: "
                    + "a long line about the work we did together and what came of it ".repeat(6), null, 0));
        }
        List<Promise> promises = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            promises.add(Promise.open(1, "Promise number " + i + " " + "with many words ".repeat(20), D, D.plusDays(i)));
        }
        Path out = dir.resolve("long.pdf");
        new PdfExporter().exportAgenda(Agenda.sheet(ana("grow ".repeat(400)), D, timeline, List.of(), promises), out);
        String text = text(out, 1);
        assertThat(text).contains("Ana Lima").contains("Promise number 8").contains("(due 20 March 2026)").contains("day 1 with Ana")
                .containsPattern("and \\d+ earlier lines");
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws IOException {
        AtomicFile.through = os -> new FailedExportLeavesNoFileTest.DiskFull(os, 2000);
        Path out = dir.resolve("agenda.pdf");
        assertThatThrownBy(() -> new PdfExporter().exportAgenda(Agenda.sheet(ana(""), D, List.of(), List.of(), List.of()),
                out)).isInstanceOf(IOException.class);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
