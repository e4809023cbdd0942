package app.microlead.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedResourceTest {

    @Test
    void theTranslationSitsBesideTheEnglishFileWithTheLanguageBeforeTheExtension() {
        assertThat(LocalizedResource.path("/app/microlead/journal/prompts.json", Locale.GERMAN))
                .isEqualTo("/app/microlead/journal/prompts_de.json");
        assertThat(LocalizedResource.path("/app/microlead/journal/prompts.json", Locale.GERMANY))
                .isEqualTo("/app/microlead/journal/prompts_de.json");
        assertThat(LocalizedResource.path("/app/microlead/assessment/question-bank.json", Locale.ENGLISH))
                .isEqualTo("/app/microlead/assessment/question-bank.json");
        assertThat(LocalizedResource.path("/app/microlead/assessment/question-bank.json", Locale.UK))
                .isEqualTo("/app/microlead/assessment/question-bank.json");
        assertThat(LocalizedResource.path("/a.b/README", Locale.GERMAN)).isEqualTo("/a.b/README_de");
        assertThat(LocalizedResource.path("/x.json", null)).isEqualTo("/x.json");
    }

    @Test
    void aMissingTranslationReadsTheEnglishFile() throws Exception {
        // no app_de.css: the English (base) file
        try (InputStream base = LocalizedResource.class.getResourceAsStream("/app/microlead/ui/app.css");
             InputStream de = LocalizedResource.open(LocalizedResource.class, "/app/microlead/ui/app.css", Locale.GERMAN)) {
            assertThat(de).isNotNull();
            assertThat(de.readAllBytes()).isEqualTo(base.readAllBytes());
        }
        assertThat(LocalizedResource.open(LocalizedResource.class, "/no/such/file.json", Locale.GERMAN)).isNull();
    }
}
