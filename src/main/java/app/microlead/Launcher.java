package app.microlead;

import app.microlead.cli.MicroleadCommand;

/**
 * The entry point of the jar and of {@code mvn javafx:run}. It is not a JavaFX {@code Application},
 * which lets the app run from a plain classpath (shaded jar, jpackage).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int code = MicroleadCommand.run(args, dataDir -> App.launchWith(AppConfig.of(dataDir)));
        if (code != 0) {
            System.exit(code);
        }
    }
}
