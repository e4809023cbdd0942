package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.microlead.journal.JournalSearch.Hit;
import app.microlead.journal.JournalSearch.Request;
import app.microlead.journal.JournalSearch.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneJournalSearchTest {

    private LuceneJournalSearch index;

    @BeforeEach
    void setUp() {
        index = new LuceneJournalSearch();
        put("2026-03-01", "I delegated the quarterly report to Sam and stood by the decision.", 4, "delegation");
        put("2026-03-02", "Long meeting. Nobody spoke up; next time I will invite the quiet ones.", 2, "meetings");
        put("2026-03-03", "Celebrated a small win with the team: the release shipped on time.", 5, "team", "wins");
        put("2026-03-04", "Feedback, feedback, feedback: asked for feedback three times today.", 3);
        put("2026-03-05", "Gave some feedback to Ana.", 3);
        put("2026-03-06", "Ελληνικά γράμματα, кириллица тоже, and a plant 🌱 on Café day.", 4, "unicode");
        index.markReady();
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private void put(String date, String text, Integer mood, String... tags) {
        index.onSaved(LocalDate.parse(date), Optional.of(new Entry(LocalDate.parse(date), text, mood, null,
                List.of(tags), List.of(), null, null)));
    }

    private List<String> days(String text) {
        return days(new Request(text, null, null, null, null, 50));
    }

    private List<String> days(Request r) {
        return index.search(r).hits().stream().map(h -> h.date().toString()).toList();
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        assertThat(days("delegating")).containsExactly("2026-03-01");
        assertThat(days("celebrate wins")).containsExactly("2026-03-03");
    }

    @Test
    void tagsAreSearchableWords() {
        assertThat(days("unicode")).containsExactly("2026-03-06");
    }

    @Test
    void quotesMakeAPhrase() {
        assertThat(days("\"stood by the decision\"")).containsExactly("2026-03-01");
        assertThat(days("\"decision stood\"")).isEmpty();
    }

    @Test
    void everyWordMustMatch() {
        assertThat(days("feedback Ana")).containsExactly("2026-03-05");
    }

    @Test
    void theLastWordMatchesAsPrefixWhileTyping() {
        assertThat(days("deleg")).containsExactly("2026-03-01");
        assertThat(days("quiet on")).containsExactly("2026-03-02");
    }

    @Test
    void moreMentionsRankHigher() {
        assertThat(days("feedback")).containsExactly("2026-03-04", "2026-03-05");
    }

    @Test
    void filtersByTagDateRangeAndMood() {
        assertThat(days(new Request("", "team", null, null, null, 50))).containsExactly("2026-03-03");
        assertThat(days(new Request("", "TEAM", null, null, null, 50))).containsExactly("2026-03-03");
        assertThat(days(new Request("", null, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-03"), null, 50)))
                .containsExactly("2026-03-03", "2026-03-02");
        assertThat(days(new Request("", null, null, null, 4, 50)))
                .containsExactly("2026-03-06", "2026-03-03", "2026-03-01");
        // the rough days: mood 3 or lower
        assertThat(days(new Request("", null, null, null, null, 3, 50)))
                .containsExactly("2026-03-05", "2026-03-04", "2026-03-02");
        assertThat(days(new Request("feedback", null, null, LocalDate.parse("2026-03-04"), 3, 50)))
                .containsExactly("2026-03-04");
    }

    @Test
    void savingADayAgainReplacesItsWordsAndDeletingRemovesIt() {
        put("2026-03-05", "Coached Ana on estimates instead.", 3);
        assertThat(days("feedback")).containsExactly("2026-03-04");
        assertThat(days("coached")).containsExactly("2026-03-05");
        index.onSaved(LocalDate.parse("2026-03-05"), Optional.empty());
        assertThat(days("coached")).isEmpty();
    }

    /**
     * A long day saved every second while its writer types is indexed once, when the index is next asked:
     * not at each save. Every search and count still sees the day's latest text, and a long day deleted
     * before that is gone.
     */
    @Test
    void aLongDaySavedAgainAndAgainIsIndexedAtTheNextSearchWithItsLatestText() {
        String filler = "we talked about the roadmap and the hiring plan. ".repeat(2_100);
        assertThat(filler.length()).isGreaterThanOrEqualTo(LuceneJournalSearch.LONG_DAY_CHARS);
        put("2026-03-07", filler + "first draft mentions zeppelin", 3);
        put("2026-03-07", filler + "second draft mentions quokka", 3);
        put("2026-03-07", filler + "third draft mentions axolotl", 3);
        assertThat(index.waitingDays()).as("saved three times, indexed not yet").isEqualTo(1);

        assertThat(days("axolotl")).containsExactly("2026-03-07");
        assertThat(index.waitingDays()).isZero();
        assertThat(days("zeppelin")).isEmpty();
        assertThat(days("quokka")).isEmpty();

        put("2026-03-07", filler + "fourth draft mentions narwhal", 3);
        assertThat(index.count(new Request("narwhal", null, null, null, null, 50))).isEqualTo(1);
        assertThat(index.count(new Request("axolotl", null, null, null, null, 50))).isZero();

        put("2026-03-07", filler + "fifth draft", 3);
        index.onSaved(LocalDate.parse("2026-03-07"), Optional.empty());
        assertThat(days("roadmap")).isEmpty();
        assertThat(days("feedback")).containsExactly("2026-03-04", "2026-03-05"); // the short days as they were
    }

    @Test
    void unicodeIsFoundAndShownExactly() {
        for (String q : List.of("Ελληνικά", "кириллица", "🌱", "Café")) {
            List<Hit> hits = index.search(new Request(q, null, null, null, null, 10)).hits();
            assertThat(hits).as(q).extracting(h -> h.date().toString()).containsExactly("2026-03-06");
            String snippet = hits.get(0).snippet().stream().map(Span::text).collect(Collectors.joining());
            assertThat(snippet).contains("Ελληνικά γράμματα").contains("🌱").contains("Café");
        }
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        Hit hit = index.search(new Request("delegating", null, null, null, null, 10)).hits().get(0);
        assertThat(hit.snippet()).filteredOn(Span::match).extracting(Span::text).containsExactly("delegated");
        assertThat(hit.mood()).isEqualTo(4);
    }

    @Test
    void aSnippetIsAFewLinesAroundTheMatchNotTheWholeDay() {
        String filler = "we talked about the plan and the week and the people in it ".repeat(20);
        put("2026-03-07", filler + "then I thanked Priya for the demo " + filler, 4);
        Hit hit = index.search(new Request("Priya", null, null, null, null, 10)).hits().get(0);
        String snippet = hit.snippet().stream().map(Span::text).collect(Collectors.joining());
        assertThat(hit.snippet()).filteredOn(Span::match).extracting(Span::text).containsExactly("Priya");
        assertThat(snippet).startsWith("… ").contains("then I thanked Priya for the demo").endsWith(" …");
        assertThat(snippet.length()).as(snippet).isLessThan(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unclosed", "AND", "*", "feedback:", "(", "OR OR", "a^", "~", "\\", "[x TO", "!!", "-"})
    void oddInputNeverFails(String input) {
        assertThatCode(() -> index.search(new Request(input, null, null, null, null, 10))).doesNotThrowAnyException();
    }

    /** {@code n} different made-up words (none a stop word, none changed by stemming). */
    private static String words(int n) {
        return IntStream.range(0, n).mapToObj(i -> "w" + Integer.toString(i, 26).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0' : c + 10)))
                .collect(Collectors.joining()) + "x").collect(Collectors.joining(" "));
    }

    @Test
    void aPastedDayOfAThousandWordsIsFoundByItsFirstWordsAndSaysSo() {
        String day = words(1_200);
        put("2026-03-07", day, 3);
        // from 1,025 words Lucene refused the query and nothing was found; from some 500 different words it failed
        for (String query : List.of(day, words(600), "\"" + day + "\"", words(JournalSearch.MAX_WORDS) + " elsewherex",
                "x".repeat(300_000), words(1_200).replace(' ', ','))) {
            JournalSearch.Results found = index.search(new Request(query, null, null, null, null, 10));
            String shown = query.substring(0, 30);
            assertThat(found.hits()).as(shown).extracting(h -> h.date().toString())
                    .containsExactly(query.startsWith("xxx") ? new String[0] : new String[] {"2026-03-07"});
            assertThat(found.shortened()).as(shown).isEqualTo(!query.startsWith("x"));
        }
        // a query of at most MAX_WORDS words is searched whole
        JournalSearch.Results whole = index.search(new Request(words(JournalSearch.MAX_WORDS - 1) + " elsewherex",
                null, null, null, null, 10));
        assertThat(whole.hits()).isEmpty();
        assertThat(whole.shortened()).isFalse();
    }

    @Test
    void theLongestStartOfAWordSearchedForIsCountedInLettersAsTheShortestIs() {
        String letter = "\uD801\uDC28"; // DESERET SMALL LETTER LONG I: one letter, two Java chars, four bytes
        put("2026-03-07", "A word of another alphabet: " + letter.repeat(QueryBuilder.MAX_PREFIX + 20), 3);
        assertThat(days(letter.repeat(QueryBuilder.MAX_PREFIX))).containsExactly("2026-03-07");
        assertThat(days(letter.repeat(QueryBuilder.MAX_PREFIX + 1))).isEmpty();
    }

    @Test
    void aPastedQueryOfOneWordRepeatedIsThatWord() {
        for (String query : List.of("feedback ".repeat(1_025), "Feedback, ".repeat(2_000), "feedback,".repeat(1_100),
                "\"feedback three times\" ".repeat(400) + "feed")) {
            JournalSearch.Results found = index.search(new Request(query, null, null, null, null, 10));
            assertThat(found.hits()).as(query.substring(0, 30)).extracting(h -> h.date().toString())
                    .containsExactlyInAnyOrder(query.startsWith("\"") ? new String[] {"2026-03-04"}
                            : new String[] {"2026-03-04", "2026-03-05"});
            assertThat(found.shortened()).isFalse();
        }
    }

    @Test
    void totalCountsBeyondTheLimit() {
        JournalSearch.Results r = index.search(new Request("", null, null, null, 1, 2));
        assertThat(r.hits()).hasSize(2);
        assertThat(r.total()).isEqualTo(6);
    }

    @Test
    void countIsExactWhereTheSearchOnlySaysAtLeast() {
        try (LuceneJournalSearch big = new LuceneJournalSearch()) {
            int days = LuceneJournalSearch.COUNT_EXACTLY_UP_TO + 537;
            LocalDate first = LocalDate.parse("2020-01-01");
            for (int i = 0; i < days; i++) {
                big.onSaved(first.plusDays(i), Optional.of(new Entry(first.plusDays(i), "Thanked the team, day " + i,
                        3, null, List.of(), List.of(), null, null)));
            }
            big.markReady();
            Request r = new Request("team", null, null, null, null, 20);
            JournalSearch.Results found = big.search(r);
            assertThat(found.exact()).isFalse();
            assertThat(found.total()).isLessThan(days);
            assertThat(big.count(r)).isEqualTo(days);
            assertThat(big.count(new Request("team", null, first, first.plusDays(9), null, 20))).isEqualTo(10);
        }
    }
}
