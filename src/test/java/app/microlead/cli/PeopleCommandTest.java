package app.microlead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.people.JdbcPeopleRepository;
import app.microlead.people.OneOnOne;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code microlead people} and {@code microlead export pdf --person NAME}, and the People section on the command line. */
class PeopleCommandTest {

    @TempDir
    Path dir;
    private Path data;
    private String out;
    private String err;
    // fixed days in the past, so nothing depends on today's date beyond "before today"
    private final LocalDate d = LocalDate.of(2025, 3, 3);

    @BeforeEach
    void setUp() {
        data = dir.resolve("journal");
        try (Database db = Database.open(DataFolder.open(data))) {
            JdbcPeopleRepository people = new JdbcPeopleRepository(db);
            Person ana = people.add(new Person(0, "Ana Lima", "Engineer", "Platform", null, "Lead a project",
                    Person.Cadence.BIWEEKLY, false, d, false, null));
            people.add(new Person(0, "Bo Chen", "", "", null, "", Person.Cadence.NONE, false, d, false, null));
            people.add(new Person(0, "Cleo Park", "Designer", "", null, "", Person.Cadence.NONE, true, d, false, null));
            people.saveOneOnOne(new OneOnOne(0, ana.id(), d.plusDays(2), "Release plan", "She wants the review work",
                    "Pair on reviews"));
            people.savePromise(Promise.open(ana.id(), "Find a conference budget", d.plusDays(2), null));
            people.savePromise(new Promise(0, ana.id(), "Review the draft", d, d.plusDays(1), Promise.State.KEPT,
                    d.plusDays(1)));
            new JdbcJournalRepository(db, Clock.systemDefaultZone()).save(new Entry(d.plusDays(4),
                    "Asked @Ana Lima about the migration.", null, null, List.of(), List.of(), null, null));
            JdbcHabitRepository habits = new JdbcHabitRepository(db);
            Habit greet = habits.add(new Habit(0, "greet-by-name", "Greet people by name", "", Pillar.TRUST,
                    Schedule.daily(), 0, false, d, ""));
            habits.setCheckIn(new CheckIn(greet.id(), d.plusDays(5), CheckIn.State.DONE, ""));
            people.setCheckInPeople(greet.id(), d.plusDays(5), Set.of(ana.id()));
        }
    }

    private int run(String... args) {
        InProcess.Result r = InProcess.run("", args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    @Test
    void peopleListsTheRosterInAlignedColumns() {
        assertThat(run("--data-dir", data.toString(), "people")).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("Name").contains("Role").contains("Last 1:1").contains("Last recognised")
                .contains("Last mentioned").contains("Open promises");
        assertThat(lines).hasSize(3);
        String ana = lines.get(1);
        assertThat(ana).startsWith("Ana Lima").contains("Engineer").contains(d.plusDays(2).toString())
                .contains(d.plusDays(5).toString()).contains(d.plusDays(4).toString()).endsWith("1");
        assertThat(lines.get(2)).startsWith("Bo Chen").contains("never").endsWith("0");
        // each column starts at the same place on every line
        int role = lines.get(0).indexOf("Role");
        assertThat(ana.indexOf("Engineer")).isEqualTo(role);
        assertThat(lines.get(2).indexOf("-")).isEqualTo(role);
        assertThat(out).doesNotContain("Cleo").doesNotContain("INFO").doesNotContain("Database");
        assertThat(err).isEmpty();

        assertThat(run("--data-dir", data.toString(), "people", "--all")).isZero();
        assertThat(out).contains("Cleo Park (archived)");
    }

    @Test
    void anEmptyRosterSaysHowToAddPeople() {
        Database.open(DataFolder.open(dir.resolve("empty"))).close();
        assertThat(run("--data-dir", dir.resolve("empty").toString(), "people")).isZero();
        assertThat(out).contains("No people yet");
    }

    @Test
    void aPersonsPdfHoldsTheir1on1sPromisesAndMentions() throws Exception {
        Path pdf = dir.resolve("ana.pdf");
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--person", "ana lima", "--out",
                pdf.toString())).isZero();
        assertThat(out).contains("Wrote");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Ana Lima").contains("Release plan").contains("She wants the review work")
                    .contains("Find a conference budget").contains("Review the draft").contains("kept")
                    .contains("about the migration").contains("Greet people by name")
                    .doesNotContain("Bo Chen");
        }
        // the first name is enough when only one person has it
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--person", "Bo", "--out",
                dir.resolve("bo.pdf").toString())).isZero();
    }

    @Test
    void aLongPersonsPdfHasARunningHeadAndPageNumbersAndEach1on1StaysWithItsDay() throws Exception {
        try (Database db = Database.open(DataFolder.open(data))) {
            JdbcPeopleRepository people = new JdbcPeopleRepository(db);
            long bo = people.people(true).stream().filter(p -> p.name().equals("Bo Chen")).findFirst().orElseThrow().id();
            String notes = "We went through the week, what went well and what did not, in some detail. ".repeat(6);
            for (int i = 0; i < 24; i++) {
                people.saveOneOnOne(new OneOnOne(0, bo, d.plusDays(7L * i), "Talking point " + i, notes,
                        "Follow-up " + i));
            }
        }
        Path pdf = dir.resolve("bo-long.pdf");
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--person", "Bo Chen", "--from", d.toString(),
                "--to", d.plusDays(7L * 24).toString(), "--out", pdf.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).as("a person's page over several pages").isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            int seen = 0;
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                if (p > 1) { // as the review's pages: the title and period at the head, the page at the foot
                    assertThat(text).as("page " + p).contains("Bo Chen").contains("Page " + p + " of " + pages);
                }
                for (int i = 0; i < 24; i++) {
                    // a 1:1's day, its talking points and its follow-ups on one page: no day alone at a page's foot
                    if (text.contains("Talking point " + i + " ")) {
                        assertThat(text).as("1:1 " + i + " on page " + p).contains("Follow-up " + i + " ");
                        seen++;
                    }
                }
            }
            assertThat(seen).isEqualTo(24);
        }
    }

    @Test
    void anUnknownOrAmbiguousNameIsAClearError() {
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--person", "Zed", "--out",
                dir.resolve("z.pdf").toString())).isEqualTo(1);
        assertThat(err).contains("No one called 'Zed'").contains("microlead people");
        assertThat(dir.resolve("z.pdf")).doesNotExist();
        try (Database db = Database.open(DataFolder.open(data))) {
            new JdbcPeopleRepository(db).add(Person.named("Bo Martin", d));
        }
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--person", "bo", "--out",
                dir.resolve("b.pdf").toString())).isEqualTo(1);
        assertThat(err).contains("2 people match 'bo'").contains("'Bo Chen'").contains("'Bo Martin'")
                .contains("full name");
        assertThat(run("--data-dir", data.toString(), "export", "md", "--person", "Bo Chen", "--out",
                dir.resolve("b.md").toString())).isEqualTo(1);
        assertThat(err).contains("--person works with pdf only");
    }

    @Test
    void thePeopleSectionIsInTheReviewOnlyWhenAskedFor() throws Exception {
        Path md = dir.resolve("review.md");
        String from = d.toString();
        String to = d.plusDays(10).toString();
        assertThat(run("--data-dir", data.toString(), "export", "md", "--from", from, "--to", to, "--out",
                md.toString())).isZero();
        assertThat(Files.readString(md)).doesNotContain("## People");
        assertThat(run("--data-dir", data.toString(), "export", "md", "--people", "--force", "--from", from, "--to", to,
                "--out", md.toString())).isZero();
        assertThat(Files.readString(md)).contains("## People")
                .contains("**Ana Lima**: 1 1:1 · promises: 1 kept, 0 broken, 1 open · mentioned on 1 day · 1 recognition")
                .contains("**Bo Chen**: no 1:1").doesNotContain("Cleo");

        Path pdf = dir.resolve("review.pdf");
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--people", "--from", from, "--to", to, "--out",
                pdf.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Days mentioned").contains("Ana Lima").contains("Bo Chen");
        }
    }
}
