package app.microlead;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What the app needs to know before it starts: its data folder and the clock it reads "today"
 * from (tests pass a fixed one).
 */
public record AppConfig(Path dataDir, Clock clock) {

    public static AppConfig of(Path dataDir) {
        return new AppConfig(dataDir, Clock.systemDefaultZone());
    }
}
