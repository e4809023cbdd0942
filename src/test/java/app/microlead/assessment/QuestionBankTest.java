package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuestionBankTest {

    private static String shipped() throws Exception {
        try (InputStream in = QuestionBank.class.getResourceAsStream("/app/microlead/assessment/question-bank.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedBankIsValidAndComplete() {
        QuestionBank b = QuestionBank.load();
        assertThat(b.instrument()).isEqualTo("microlead-mlm");
        assertThat(b.version()).isEqualTo("1.0.0");
        assertThat(b.items()).hasSize(24);
        assertThat(b.scenarios()).hasSize(4);
        assertThat(b.actions()).hasSizeGreaterThanOrEqualTo(12);
        for (QuestionBank.Scale s : b.scales()) {
            assertThat(b.itemsOf(s.id())).hasSize(6);
            assertThat(b.actions()).anyMatch(a -> a.scale().equals(s.id()));
        }
        // no item text gives away its scale or keying
        List<String> giveaways = List.of("trust", "empower", "professional", "micromanag");
        assertThat(b.items()).allSatisfy(i -> giveaways.forEach(g ->
                assertThat(i.text().toLowerCase()).doesNotContain(g)));
        // reverse-keyed items describe an opposite behaviour, never a negation
        assertThat(b.items()).filteredOn(QuestionBank.Item::reversed).allSatisfy(i ->
                assertThat(i.text().toLowerCase()).doesNotContain(" not ", "n't", "never"));
    }

    private static void assertBroken(String from, String to, String expected) throws Exception {
        String json = shipped();
        assertThat(json).as("test setup: text to break").contains(from);
        String broken = json.replace(from, to);
        assertThatThrownBy(() -> QuestionBank.parse(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidBankException.class).hasMessageContaining(expected);
    }

    @Test
    void duplicateIds() throws Exception {
        assertBroken("\"id\": \"tr-2\"", "\"id\": \"tr-1\"", "item id 'tr-1' is missing or used twice");
    }

    @Test
    void unknownFacet() throws Exception {
        assertBroken("\"facet\": \"delegate\", \"keyed\": \"plus\"", "\"facet\": \"nowhere\", \"keyed\": \"plus\"",
                "item 'tr-5' refers to unknown facet 'nowhere'");
    }

    @Test
    void wrongNumberOfItemsPerScale() throws Exception {
        assertBroken("\"id\": \"em-6\", \"type\": \"likert\", \"scale\": \"empowerment\", \"facet\": \"wellbeing\"",
                "\"id\": \"em-6\", \"type\": \"likert\", \"scale\": \"trust\", \"facet\": \"connect\"",
                "scale 'trust' has 7 items; it needs 6");
    }

    @Test
    void facetWithoutItem() throws Exception {
        assertBroken("\"facet\": \"redo\", \"keyed\": \"plus\"", "\"facet\": \"control\", \"keyed\": \"plus\"",
                "facet 'redo' of scale 'micromanagement' has no item");
    }

    @Test
    void scenarioScoresMustBeTwoOneMinusOneMinusTwo() throws Exception {
        assertBroken("\"text\": \"Take over the presentation yourself.\", \"score\": -2",
                "\"text\": \"Take over the presentation yourself.\", \"score\": -1",
                "scenario 'sc-1' must score its options +2, +1, -1 and -2");
    }

    @Test
    void bandsWithAGap() throws Exception {
        assertBroken("{\"scale\": \"trust\", \"min\": 50,", "{\"scale\": \"trust\", \"min\": 55,",
                "the bands of 'trust' have a gap or overlap at 50");
    }

    @Test
    void bandsNotReachingHundred() throws Exception {
        assertBroken("{\"scale\": \"risk\", \"min\": 50, \"max\": 101", "{\"scale\": \"risk\", \"min\": 50, \"max\": 90",
                "the bands of 'risk' do not reach 100");
    }

    @Test
    void twoReverseItemsInOnePillar() throws Exception {
        assertBroken("\"id\": \"em-4\", \"type\": \"likert\", \"scale\": \"empowerment\", \"facet\": \"guide\", \"keyed\": \"plus\"",
                "\"id\": \"em-4\", \"type\": \"likert\", \"scale\": \"empowerment\", \"facet\": \"guide\", \"keyed\": \"minus\"",
                "pillar 'empowerment' has more than one reverse-keyed item");
    }

    @Test
    void actionWithoutIfThenPlan() throws Exception {
        assertBroken("\"plan\": \"If I walk in", "\"plan\": \"When I walk in", "action 'ac-greet' needs an if–then plan");
    }

    @Test
    void notJsonAtAll() {
        assertThatThrownBy(() -> QuestionBank.parse(new ByteArrayInputStream("{".getBytes())))
                .isInstanceOf(InvalidBankException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void scenarioOptionsAreNotListedInScoreOrder() {
        QuestionBank b = QuestionBank.load();
        String orders = b.scenarios().stream().map(s -> s.options().stream().map(o -> String.valueOf(o.score()))
                .collect(Collectors.joining(","))).collect(Collectors.joining(" "));
        assertThat(Arrays.stream(orders.split(" "))).noneMatch(o -> o.equals("2,1,-1,-2") || o.equals("-2,-1,1,2"));
    }
}
