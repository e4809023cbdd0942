package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.I18n;
import app.microlead.common.TranslatedContent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The German question bank: the English bank with only the texts translated, so it validates,
 * scores the same answers the same way and reads stored answers (by item id) the same.
 */
class QuestionBankGermanTest {

    private static final String RESOURCE = "/app/microlead/assessment/question-bank.json";
    private static final String GERMAN_RESOURCE = "/app/microlead/assessment/question-bank_de.json";
    /** The fields a translation changes; everything else (ids, keys, scales, numbers) stays. */
    private static final Set<String> TEXT_FIELDS = Set.of("title", "period", "label", "noOpportunityLabel", "name",
            "text", "plan");

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private static String german() throws Exception {
        try (InputStream in = QuestionBank.class.getResourceAsStream(GERMAN_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static QuestionBank parse(String json) throws Exception {
        return QuestionBank.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theGermanFileIsTheEnglishOneWithOnlyTheTextsTranslated() {
        JsonNode[] t = TranslatedContent.trees(RESOURCE, Locale.GERMAN);
        // the one other field that differs: the language of the texts
        assertThat(((ObjectNode) t[0]).remove("language").asText()).isEqualTo("en");
        assertThat(((ObjectNode) t[1]).remove("language").asText()).isEqualTo("de");
        List<TranslatedContent.Text> texts = TranslatedContent.sameExceptTexts(t[0], t[1], TEXT_FIELDS);
        assertThat(texts).hasSizeGreaterThan(130);
        TranslatedContent.readAsGerman(texts, 0);
    }

    @Test
    void theGermanBankIsValidAndKeepsInstrumentVersionAndIds() {
        QuestionBank en = QuestionBank.load(Locale.ENGLISH);
        QuestionBank de = QuestionBank.load(Locale.GERMAN);
        BankValidator.validate(de);
        assertThat(en.language()).isEqualTo("en");
        assertThat(de.language()).isEqualTo("de");
        assertThat(de.instrument()).isEqualTo(en.instrument()).isEqualTo("microlead-mlm");
        assertThat(de.version()).isEqualTo(en.version()).isEqualTo("1.0.0");
        assertThat(de.items()).extracting(QuestionBank.Item::id, QuestionBank.Item::scale, QuestionBank.Item::facet,
                QuestionBank.Item::reversed).containsExactlyElementsOf(en.items().stream()
                        .map(i -> Tuple.tuple(i.id(), i.scale(), i.facet(), i.reversed())).toList());
        assertThat(de.actions()).allSatisfy(a -> assertThat(a.plan()).startsWith("Wenn ").contains(", dann "));
    }

    @Test
    void germanItemsGiveNothingAwayAndReverseItemsAreNoNegations() {
        QuestionBank de = QuestionBank.load(Locale.GERMAN);
        List<String> giveaways = List.of("vertrau", "befähig", "professionell", "mikromanag", "micromanag");
        assertThat(de.items()).allSatisfy(i -> giveaways.forEach(g ->
                assertThat(i.text().toLowerCase(Locale.GERMAN)).doesNotContain(g)));
        Pattern negation = Pattern.compile("(?i)\\b(nicht|nie|niemals|kein\\w*|nichts)\\b");
        assertThat(de.items()).filteredOn(QuestionBank.Item::reversed).hasSize(3)
                .allSatisfy(i -> assertThat(negation.matcher(i.text()).find()).as(i.text()).isFalse());
    }

    @Test
    void theSameAnswersScoreTheSameInBothLanguages() {
        QuestionBank en = QuestionBank.load(Locale.ENGLISH);
        QuestionBank de = QuestionBank.load(Locale.GERMAN);
        for (int seed = 0; seed < 20; seed++) {
            Map<String, Integer> likert = new HashMap<>();
            for (int k = 0; k < en.items().size(); k++) {
                likert.put(en.items().get(k).id(), (k * 7 + seed * 3) % 6); // 0 = no opportunity, 1–5
            }
            Map<String, String> scenarios = new HashMap<>();
            for (int k = 0; k < en.scenarios().size(); k++) {
                QuestionBank.Scenario s = en.scenarios().get(k);
                scenarios.put(s.id(), s.options().get((k + seed) % 4).id());
            }
            Answers answers = new Answers(likert, scenarios);
            AssessmentResult a = AssessmentScorer.score(en, answers);
            AssessmentResult b = AssessmentScorer.score(de, answers);
            assertThat(b.index()).isEqualTo(a.index());
            assertThat(b.risk()).isEqualTo(a.risk());
            assertThat(b.scenarioControl()).isEqualTo(a.scenarioControl());
            assertThat(b.facets()).isEqualTo(a.facets());
            assertThat(b.quadrant()).isEqualTo(a.quadrant());
            assertThat(b.drivers()).isEqualTo(a.drivers());
            for (String scale : a.scales().keySet()) {
                AssessmentResult.ScaleScore x = a.scales().get(scale);
                AssessmentResult.ScaleScore y = b.scales().get(scale);
                assertThat(y.score()).isEqualTo(x.score());
                assertThat(y.answered()).isEqualTo(x.answered());
                assertThat(y.band() == null).isEqualTo(x.band() == null);
                if (x.band() != null) {
                    assertThat(y.band().min()).isEqualTo(x.band().min());
                    assertThat(y.band().label()).isNotEqualTo(x.band().label());
                }
            }
        }
    }

    @Test
    void loadReadsTheLanguageOfTheApp() {
        I18n.setLocale(Locale.GERMAN);
        QuestionBank de = QuestionBank.load();
        assertThat(de.language()).isEqualTo("de");
        assertThat(de.responses()).extracting(QuestionBank.Response::label)
                .containsExactly("Nie", "Selten", "Manchmal", "Oft", "Fast immer");
        assertThat(de.noOpportunityLabel()).isEqualTo("Keine Gelegenheit");
        assertThat(de.scale("trust").name()).isEqualTo("Vertrauen");

        I18n.setLocale(Locale.ENGLISH);
        assertThat(QuestionBank.load().responses().get(0).label()).isEqualTo("Never");
        assertThat(QuestionBank.load(Locale.FRENCH).language()).isEqualTo("en");
    }

    @Test
    void aGermanBankNeedsGermanIfThenPlans() throws Exception {
        String json = german();
        String plan = "\"plan\": \"Wenn mich eine Nachricht ärgert, dann warte ich zehn Minuten, bevor ich antworte.\"";
        assertThat(json).as("test setup: text to break").contains(plan);
        assertThatThrownBy(() -> parse(json.replace(plan,
                "\"plan\": \"If a message irritates me, then I will wait ten minutes before answering.\"")))
                .isInstanceOf(InvalidBankException.class)
                .hasMessageContaining("action 'ac-pause' needs an if–then plan (\"Wenn …, dann …\")");
    }

    @Test
    void aBankInAnUnknownLanguageIsRejectedAndOneWithoutLanguageIsEnglish() throws Exception {
        String json = german();
        assertThatThrownBy(() -> parse(json.replace("\"language\": \"de\"", "\"language\": \"fr\"")))
                .isInstanceOf(InvalidBankException.class).hasMessageContaining("its language 'fr' is not one of [de, en]");
        String english;
        try (InputStream in = QuestionBank.class.getResourceAsStream(RESOURCE)) {
            english = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(english).contains("\"language\": \"en\",\n");
        QuestionBank old = parse(english.replace("\"language\": \"en\",\n", ""));
        assertThat(old.language()).isEqualTo("en");
        assertThatThrownBy(() -> parse(json.replace("\"language\": \"de\",\n", "")))
                .isInstanceOf(InvalidBankException.class).hasMessageContaining("needs an if–then plan (\"If …, then I will …\")");
    }
}
