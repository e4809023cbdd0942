package app.microlead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the app again the way it was started (Settings' "Restart now" after a new language). */
class RelaunchTest {

    @TempDir
    Path dir;

    /** Process information that knows nothing, as on a system that does not tell. */
    private static final ProcessHandle.Info NOTHING = new ProcessHandle.Info() {
        @Override
        public Optional<String> command() {
            return Optional.empty();
        }

        @Override
        public Optional<String> commandLine() {
            return Optional.empty();
        }

        @Override
        public Optional<String[]> arguments() {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> startInstant() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> totalCpuDuration() {
            return Optional.empty();
        }

        @Override
        public Optional<String> user() {
            return Optional.empty();
        }
    };

    @Test
    void theWholeCommandLineIsTakenEvenALongOneWithSpacesInItsArguments() throws Exception {
        String modulePath = "/home/ana/.m2/" + "x".repeat(6000) + ".jar";
        Path cmdline = Files.write(dir.resolve("cmdline"), String.join("\0", "/usr/bin/java", "--module-path",
                modulePath, "app.microlead.App", "--data-dir", "/home/ana/My Journal", "").getBytes(Charset.defaultCharset()));
        assertThat(Relaunch.commandLine(cmdline, NOTHING)).contains(List.of("/usr/bin/java", "--module-path", modulePath,
                "app.microlead.App", "--data-dir", "/home/ana/My Journal"));
    }

    @Test
    void withoutACommandLineTheAppOnlyPromisesTheNextStart() {
        assertThat(Relaunch.commandLine(dir.resolve("none"), NOTHING)).isEmpty();
        assertThat(Relaunch.of(List.of()).possible()).isFalse();
    }

    @Test
    void startsOnlyWhenAskedAndNotAfterTheAskWasTakenBack() throws Exception {
        Path started = dir.resolve("started");
        Relaunch again = Relaunch.of(List.of("sh", "-c", "echo again > '" + started + "'"));
        assertThat(again.possible()).isTrue();
        assertThat(again.startIfAsked()).isEmpty();
        again.ask();
        again.cancel();
        assertThat(again.startIfAsked()).isEmpty();

        again.ask();
        Process p = again.startIfAsked().orElseThrow();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(started)).isEqualTo("again\n");
    }
}
