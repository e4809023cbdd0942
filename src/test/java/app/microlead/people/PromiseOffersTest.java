package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.I18n;
import app.microlead.common.ManualScheduler;
import app.microlead.common.MutableClock;
import app.microlead.common.StubDialogs;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models behind "!promise" lines on Today and the agenda's "Export as PDF…". */
class PromiseOffersTest {

    /** A Thursday. */
    private static final LocalDate TODAY = LocalDate.parse("2026-03-12");

    @TempDir
    Path dir;
    private Database db;
    private JdbcPeopleRepository repo;
    private PeopleService service;
    private Person ana;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-12T17:00:00Z"));
        repo = new JdbcPeopleRepository(db);
        service = new PeopleService(repo, new JdbcJournalRepository(db, clock), new JdbcHabitRepository(db), clock);
        ana = repo.add(Person.named("Ana", TODAY.minusDays(30)));
    }

    @AfterEach
    void close() {
        I18n.setLocale(Locale.ENGLISH);
        db.close();
    }

    private MentionCompletionViewModel writing(LocalDate day, String text) {
        MentionCompletionViewModel vm = new MentionCompletionViewModel(service, new DirectTaskRunner());
        vm.showDay(day);
        vm.check(text);
        return vm;
    }

    @Test
    void aPromiseIsMadeOnTheDayWrittenAndThatLineIsNotOfferedAgainEvenAfterARestart() {
        LocalDate monday = TODAY.minusDays(3);
        String text = "!promise @Ana send the notes by Friday\n!promise @Ana call her mother";
        MentionCompletionViewModel vm = writing(monday, text);
        assertThat(vm.promises()).hasSize(2);
        vm.makePromise(vm.promises().get(0));
        assertThat(repo.promises(ana.id())).singleElement().extracting(Promise::text, Promise::madeOn, Promise::due)
                .containsExactly("send the notes", monday, LocalDate.parse("2026-03-13"));
        assertThat(vm.promises()).extracting(o -> o.line().text()).containsExactly("call her mother");
        assertThat(vm.messageProperty().get()).isEqualTo("Promised Ana: send the notes (due 13 March 2026). It is on their page.");

        assertThat(writing(monday, text).promises()).extracting(o -> o.line().text()).containsExactly("call her mother");
        // the same words on another day are another promise
        assertThat(writing(TODAY, text).promises()).hasSize(2);
    }

    @Test
    void theOfferSaysWhenItIsDueAndWhyInTheUsersLanguage() {
        I18n.setLocale(Locale.GERMAN);
        MentionCompletionViewModel vm = writing(TODAY, "!versprechen @Ana Feedback geben");
        assertThat(vm.promises()).singleElement().extracting(MentionCompletionViewModel.PromiseOffer::label)
                .isEqualTo("Als Versprechen an Ana festhalten: „Feedback geben“ (kein Tag genannt, also in einer Woche "
                        + "fällig: Do. 19. März)");
        MentionCompletionViewModel unknown = writing(TODAY, "!versprechen @Zoë Feedback geben bis morgen");
        assertThat(unknown.promises()).singleElement().extracting(MentionCompletionViewModel.PromiseOffer::label)
                .isEqualTo("Ein Versprechen an @Zoë („Feedback geben“): Fügen Sie Zoë zuerst zu „Menschen“ hinzu.");
    }

    @Test
    void comingBackToPeopleShowsWhatWasPromisedElsewhereOnThePersonShown() {
        PeopleViewModel people = new PeopleViewModel(service, new DirectTaskRunner(), new ManualScheduler(),
                new StubDialogs());
        people.load();
        people.selectedProperty().set(people.roster().get(0));
        assertThat(people.page().promises()).isEmpty();
        MentionCompletionViewModel today = writing(TODAY, "!promise @Ana send the notes");
        today.makePromise(today.promises().get(0));
        people.load(); // the People view shown again
        assertThat(people.page().promises()).extracting(Promise::text).containsExactly("send the notes");
    }

    @Test
    void aFailedPdfSaysSoAndTheButtonWorksAgain() {
        PersonViewModel page = new PersonViewModel(service, new DirectTaskRunner(), new ManualScheduler(), new StubDialogs(), stored -> { }, said -> { });
        page.show(ana);
        assertThat(page.pdfAvailableProperty().get()).isFalse();
        page.useAgendaPdf((sheet, target) -> {
            assertThat(sheet.person()).isEqualTo(ana);
            throw new IOException("disk full");
        }, null);
        assertThat(page.agendaFileName()).isEqualTo("1-1 Ana 2026-03-12.pdf");
        page.exportPdf(dir.resolve("a.pdf"));
        assertThat(page.messageProperty().get()).isEqualTo("The agenda could not be saved as PDF: disk full. Nothing was written.");
        assertThat(page.savingPdfProperty().get()).isFalse();
    }

    @Test
    void theAgendaIsNeverWrittenInsideTheJournalsFolder() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path journal = Files.writeString(data.resolve("microlead.mv.db"), "the journal");
        List<Path> written = new ArrayList<>();
        PersonViewModel page = new PersonViewModel(service, new DirectTaskRunner(), new ManualScheduler(), new StubDialogs(), stored -> { }, said -> { });
        page.show(ana);
        page.useAgendaPdf((sheet, target) -> written.add(target), data);
        page.exportPdf(journal);
        page.exportPdf(data.resolve("sub").resolve("..").resolve("agenda.pdf"));
        assertThat(written).isEmpty();
        assertThat(page.messageProperty().get()).isEqualTo("Nothing was saved: the file you chose is inside the journal's "
                + "data folder (" + data + "), where it could replace the journal itself. Choose a place outside it.");
        assertThat(page.savingPdfProperty().get()).isFalse();
        page.exportPdf(dir.resolve("agenda.pdf"));
        assertThat(written).containsExactly(dir.resolve("agenda.pdf"));
        assertThat(Files.readString(journal)).isEqualTo("the journal");
    }
}
