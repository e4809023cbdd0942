package app.microlead;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.cli.MicroleadCommand;
import java.nio.file.Path;

/** Journals the tests drive the app on, written by the command line's own generator. */
public final class GeneratedJournals {

    private GeneratedJournals() {
    }

    /** Writes a generated year (profile "year", seed 5: habits, days, people, self-assessments) into {@code dataDir}. */
    public static void year(Path dataDir) {
        int code = MicroleadCommand.run(new String[] {"--data-dir", dataDir.toString(), "generate", "--profile", "year",
                "--seed", "5"}, d -> {
                    throw new AssertionError("the app must not open for a command");
                });
        assertThat(code).as("the generator's exit code").isZero();
    }
}
