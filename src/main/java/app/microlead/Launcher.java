package app.microlead;

import app.microlead.cli.AppArgs;
import app.microlead.cli.MicroleadCommand;
import app.microlead.storage.H2Settings;
import app.microlead.storage.Logs;
import app.microlead.ui.FxRenderer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The entry point of the jar and of {@code mvn javafx:run}. It is not a JavaFX {@code Application},
 * which lets the app run from a plain classpath (shaded jar, jpackage).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        H2Settings.apply(); // before anything uses H2
        FxRenderer.chooseBeforeStart(); // before JavaFX starts: no OpenGL try where there is no graphics device
        Logs.quietJavaFxClassPathWarning();
        Optional<Path> appOnly = AppArgs.appOnly(args);
        int code = appOnly.isPresent() ? openApp(appOnly.get()) : MicroleadCommand.run(args, Launcher::openApp);
        if (code != 0) {
            System.exit(code);
        }
    }

    private static int openApp(Path dataDir) {
        // The folder, log, lock and preferences are read on a thread of their own from here on, while
        // the window classes load and JavaFX starts.
        AppConfig config = AppConfig.of(dataDir);
        CompletableFuture<StartupPrep.Prepared> prepared = StartupPrep.begin(config);
        return App.launchWith(config, prepared);
    }
}
