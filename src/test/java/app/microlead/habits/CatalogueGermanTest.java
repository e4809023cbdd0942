package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.microlead.common.I18n;
import app.microlead.common.TranslatedContent;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The German micro-actions: the English catalogue with only names and whys translated. */
class CatalogueGermanTest {

    private static final String RESOURCE = "/app/microlead/habits/catalogue.json";

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void theGermanFileIsTheEnglishOneWithOnlyTheTextsTranslated() {
        assertThat(TranslatedContent.assertGermanTranslation(RESOURCE, Set.of("name", "why")))
                .hasSize(2 * Catalogue.load(Locale.ENGLISH).actions().size());
    }

    @Test
    void loadReadsTheLanguageOfTheApp() {
        Catalogue english = Catalogue.load();
        I18n.setLocale(Locale.GERMAN);
        Catalogue german = Catalogue.load();

        assertThat(german.actions()).extracting(Catalogue.MicroAction::id, Catalogue.MicroAction::pillar,
                Catalogue.MicroAction::schedule).containsExactlyElementsOf(english.actions().stream()
                        .map(a -> tuple(a.id(), a.pillar(), a.schedule())).toList());
        assertThat(german.suggestions()).extracting(Catalogue.MicroAction::id)
                .containsExactlyElementsOf(english.suggestions().stream().map(Catalogue.MicroAction::id).toList());
        assertThat(german.byId("greet-by-name").orElseThrow().name()).isEqualTo("Menschen mit Namen begrüßen");
        assertThat(german.actions()).allSatisfy(a -> {
            Catalogue.MicroAction e = english.byId(a.id()).orElseThrow();
            assertThat(a.name()).isNotEqualTo(e.name());
            assertThat(a.why()).isNotEqualTo(e.why());
        });

        I18n.setLocale(Locale.ENGLISH);
        assertThat(Catalogue.load().byId("greet-by-name").orElseThrow().name()).isEqualTo("Greet people by name");
    }

    @Test
    void aLanguageWithoutTranslationReadsTheEnglish() {
        assertThat(Catalogue.load(Locale.ITALIAN).actions()).isEqualTo(Catalogue.load(Locale.ENGLISH).actions());
    }
}
