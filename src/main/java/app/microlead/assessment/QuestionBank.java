package app.microlead.assessment;

import app.microlead.common.BundledJson;
import app.microlead.common.I18n;
import app.microlead.common.LocalizedResource;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The self-assessment's question bank, read from a versioned JSON resource and validated when it
 * loads ({@link BankValidator}). Each language has its own file ({@code question-bank_de.json})
 * with the same instrument, version, ids and scoring, so answers stored by item id read the same in
 * every language; {@code language} names the language of the texts (English when absent).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionBank(String instrument, String version, String language, String title, String period,
                           List<Response> responses, String noOpportunityLabel, Scoring scoring, List<Scale> scales,
                           List<Item> items, List<Scenario> scenarios, List<Band> bands, List<Action> actions) {

    public QuestionBank {
        language = language == null || language.isBlank() ? Locale.ENGLISH.getLanguage() : language;
    }

    public static final String RISK = "risk";
    public static final String MICROMANAGEMENT = "micromanagement";
    private static final String RESOURCE = "/app/microlead/assessment/question-bank.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(int value, String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scoring(double minAnsweredRatio, double riskTendencyWeight, double riskScenarioWeight) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scale(String id, String name, String direction, double sd, double alpha, List<Facet> facets) {
        public boolean higherIsBetter() {
            return !"higher-is-worse".equals(direction);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Facet(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String id, String type, String scale, String facet, String keyed, String text) {
        public boolean reversed() {
            return "minus".equals(keyed);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scenario(String id, String text, List<Option> options) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Option(String id, String text, Integer score) {
    }

    /** A band of a scale's 0–100 score: {@code min} inclusive, {@code max} exclusive. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Band(String scale, double min, double max, String label, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String id, String scale, String facet, String habitId, String text, String plan) {
    }

    /** The bank shipped with the app, in the app's language ({@link I18n#locale()}). */
    public static QuestionBank load() {
        return load(I18n.locale());
    }

    /**
     * The bank shipped with the app in {@code locale}'s language ({@code question-bank_de.json}), the
     * English one when there is no translation.
     */
    public static QuestionBank load(Locale locale) {
        try (InputStream in = LocalizedResource.open(QuestionBank.class, RESOURCE, locale)) {
            if (in == null) {
                throw new IllegalStateException("The question bank " + RESOURCE + " is missing from the app");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and validates a bank; a problem is an {@link InvalidBankException} naming it. */
    public static QuestionBank parse(InputStream json) throws IOException {
        QuestionBank bank;
        try {
            bank = BundledJson.read(QuestionBank.class, json);
        } catch (IOException e) {
            throw new InvalidBankException("the question bank is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        BankValidator.validate(bank);
        return bank;
    }

    public Scale scale(String id) {
        return scales.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No scale " + id));
    }

    public List<Item> itemsOf(String scaleId) {
        return items.stream().filter(i -> i.scale().equals(scaleId)).toList();
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The band a 0–100 score falls in, for a scale id or {@link #RISK}. */
    public Band band(String scaleId, double score) {
        return bands.stream().filter(b -> b.scale().equals(scaleId) && score >= b.min() && score < b.max())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No band for " + scaleId + " " + score));
    }

    /** The pillar scales (higher is better), in bank order. */
    public List<Scale> pillars() {
        return scales.stream().filter(Scale::higherIsBetter).toList();
    }

    public int questionCount() {
        return items.size() + scenarios.size();
    }
}
