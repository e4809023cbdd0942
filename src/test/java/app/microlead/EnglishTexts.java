package app.microlead;

import app.microlead.common.I18n;
import java.util.Locale;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test class starts with the app's texts in English, whatever the machine's language and
 * whatever language an earlier test class left chosen: tests read the English bundles unless they
 * choose another. Registered for every test (META-INF/services, junit-platform.properties).
 */
public final class EnglishTexts implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        I18n.setLocale(Locale.ENGLISH);
    }
}
