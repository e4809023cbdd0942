package app.microlead;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * What the app needs to know before it starts: its data folder, the clock it reads "today" and the
 * time zone from, and the computer's language, which the app speaks until the user chooses another
 * (tests pass fixed ones).
 */
public record AppConfig(Path dataDir, Clock clock, Locale locale) {

    public static AppConfig of(Path dataDir) {
        return new AppConfig(dataDir, Clock.systemDefaultZone(), Locale.getDefault());
    }
}
