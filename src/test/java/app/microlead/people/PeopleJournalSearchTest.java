package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.MutableClock;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.journal.JournalSearch;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleJournalSearchTest {

    private static final LocalDate D1 = LocalDate.parse("2026-03-01");
    private static final LocalDate D2 = LocalDate.parse("2026-03-02");
    private static final LocalDate D3 = LocalDate.parse("2026-03-03");

    @TempDir
    Path dir;
    private Database db;
    private PeopleJournalSearch search;
    /** What the text search was asked, and the days it "finds": every written day. */
    private final List<JournalSearch.Request> asked = new ArrayList<>();
    /** Whether the text search "looked for" only the first words of what it was asked. */
    private boolean textShortened;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-04T18:00:00Z"));
        JdbcJournalRepository journal = new JdbcJournalRepository(db, clock);
        JdbcPeopleRepository people = new JdbcPeopleRepository(db);
        people.add(Person.named("Ana Lima", D1));
        people.add(Person.named("Ben", D1));
        write(journal, D1, "Coffee with Ana about the release.");
        write(journal, D2, "Ben took the release notes.");
        write(journal, D3, "Nothing about anyone. Release done.");
        JournalSearch text = new JournalSearch() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public Results search(Request request) {
                asked.add(request);
                List<Hit> hits = List.of(D3, D2, D1).stream()
                        .map(d -> new Hit(d, null, List.of(new Span("release", true)))).toList();
                return new Results(hits, hits.size(), true, textShortened);
            }
        };
        search = new PeopleJournalSearch(text, new PeopleService(people, journal, new JdbcHabitRepository(db), clock));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void write(JdbcJournalRepository journal, LocalDate day, String text) {
        journal.save(new Entry(day, text, null, null, List.of(), List.of(), null, null));
    }

    private static JournalSearch.Request query(String text) {
        return new JournalSearch.Request(text, null, null, null, null, null, 20);
    }

    @Test
    void atNameAloneListsTheDaysThatMentionThePersonWithTheSnippet() {
        JournalSearch.Results r = search.search(query("@ana"));
        assertThat(r.hits()).extracting(JournalSearch.Hit::date).containsExactly(D1);
        assertThat(r.hits().get(0).snippet().get(0).text()).contains("Coffee with Ana");
        assertThat(asked).isEmpty();
    }

    @Test
    void atNameWithWordsKeepsOnlyTheTextHitsOnTheirDaysAndSearchesTheWordsWithoutTheName() {
        JournalSearch.Results r = search.search(query("release @Ben"));
        assertThat(r.hits()).extracting(JournalSearch.Hit::date).containsExactly(D2);
        assertThat(r.total()).isEqualTo(1);
        assertThat(asked).singleElement().extracting(JournalSearch.Request::text).isEqualTo("release");
    }

    @Test
    void atNameWithMoreWordsThanAreLookedForSaysSoAsTheTextSearchDoes() {
        textShortened = true;
        assertThat(search.search(query("release @Ben")).shortened()).isTrue();
        textShortened = false;
        assertThat(search.search(query("release @Ben")).shortened()).isFalse();
    }

    @Test
    void aQueryWithoutAMentionGoesToTheTextSearchAsItIs() {
        JournalSearch.Results r = search.search(query("release"));
        assertThat(r.hits()).hasSize(3);
        assertThat(asked).singleElement().extracting(JournalSearch.Request::limit).isEqualTo(20);
    }

    @Test
    void anUnknownAtNameIsLeftToTheTextSearch() {
        search.search(query("@Zoe"));
        assertThat(asked).singleElement().extracting(JournalSearch.Request::text).isEqualTo("@Zoe");
    }
}
