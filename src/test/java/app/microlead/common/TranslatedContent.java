package app.microlead.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks for a translated content file (prompts, micro-actions, the question bank): the translation
 * is the English file with only the named text fields changed.
 */
public final class TranslatedContent {

    /** One translated text: where it is, the English and the translation. */
    public record Text(String path, String english, String translated) {
    }

    /** English words that show an untranslated text or fragment. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?i)\\b(the|you|your|and|what|which|did|with)\\b");
    /** The informal address; the German texts say "Sie". */
    private static final Pattern GERMAN_DU = Pattern.compile("(?i)\\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure)\\b");

    private TranslatedContent() {
    }

    /** The JSON tree of a resource of the app. */
    public static JsonNode tree(String resource) {
        try (InputStream in = TranslatedContent.class.getResourceAsStream(resource)) {
            assertThat(in).as("%s exists", resource).isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree of the English file and of its translation into {@code locale}'s language. */
    public static JsonNode[] trees(String resource, Locale locale) {
        String translated = LocalizedResource.path(resource, locale);
        assertThat(translated).isNotEqualTo(resource);
        return new JsonNode[] {tree(resource), tree(translated)};
    }

    /**
     * Asserts that the translation of {@code resource} into German is the English file with only
     * {@code textFields} changed, every one of them translated ({@link #readAsGerman}); returns them.
     */
    public static List<Text> assertGermanTranslation(String resource, Set<String> textFields) {
        JsonNode[] t = trees(resource, Locale.GERMAN);
        List<Text> texts = sameExceptTexts(t[0], t[1], textFields);
        readAsGerman(texts, 0);
        return texts;
    }

    /**
     * Asserts that {@code translated} has exactly the structure of {@code english} (the same fields in
     * the same order, arrays of the same length) and the same value everywhere except in fields named
     * in {@code textFields}, which must be non-blank strings in both; returns those texts.
     */
    public static List<Text> sameExceptTexts(JsonNode english, JsonNode translated, Set<String> textFields) {
        List<Text> texts = new ArrayList<>();
        compare("", null, english, translated, textFields, texts);
        return texts;
    }

    private static void compare(String path, String field, JsonNode en, JsonNode tr, Set<String> textFields,
                                List<Text> texts) {
        assertThat(tr.getNodeType()).as("the kind of value at %s", path).isEqualTo(en.getNodeType());
        if (en.isObject()) {
            List<String> enFields = new ArrayList<>();
            en.fieldNames().forEachRemaining(enFields::add);
            List<String> trFields = new ArrayList<>();
            tr.fieldNames().forEachRemaining(trFields::add);
            assertThat(trFields).as("the fields at %s", path.isEmpty() ? "the top" : path).isEqualTo(enFields);
            for (String f : enFields) {
                compare(path + "/" + f, f, en.get(f), tr.get(f), textFields, texts);
            }
        } else if (en.isArray()) {
            assertThat(tr.size()).as("the length of %s", path).isEqualTo(en.size());
            for (int i = 0; i < en.size(); i++) {
                String where = path + "[" + i + "]" + (en.get(i).has("id") ? "{" + en.get(i).get("id").asText() + "}" : "");
                compare(where, field, en.get(i), tr.get(i), textFields, texts);
            }
        } else if (field != null && textFields.contains(field)) {
            assertThat(en.isTextual() && tr.isTextual()).as("%s is a text in both", path).isTrue();
            assertThat(tr.asText()).as("the translation of %s", path).isNotBlank();
            texts.add(new Text(path, en.asText(), tr.asText()));
        } else {
            assertThat(tr).as("%s is the same in every language", path).isEqualTo(en);
        }
    }

    /**
     * Asserts that the translated texts read as German in the "Sie" form: almost all differ from
     * the English (at most {@code maxSame} of them may stay the same, like a word both languages
     * share), none keeps English words, none says "du".
     */
    public static void readAsGerman(List<Text> texts, int maxSame) {
        assertThat(texts).isNotEmpty();
        assertThat(texts.stream().filter(t -> t.translated().equals(t.english())).toList())
                .as("texts that are still the English").hasSizeLessThanOrEqualTo(maxSame);
        assertThat(texts).allSatisfy(t -> {
            assertThat(ENGLISH_WORDS.matcher(t.translated()).find()).as("English words in %s: %s", t.path(), t.translated())
                    .isFalse();
            assertThat(GERMAN_DU.matcher(t.translated()).find()).as("'du' in %s: %s", t.path(), t.translated()).isFalse();
            assertThat(t.translated()).as("spacing of %s", t.path()).isEqualTo(t.translated().strip())
                    .doesNotContain("  ");
        });
    }
}
