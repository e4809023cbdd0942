package app.microlead.bench;

import app.microlead.cli.MicroleadCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;

/**
 * The generated journals the benchmarks read: {@code microlead generate --profile P} (the app's own
 * generator, through its repositories) into {@code ${microlead.bench.data}/P}, made once and reused.
 * Default folder: {@code target/bench/data}.
 */
final class BenchJournals {

    private BenchJournals() {
    }

    static Path dataRoot() {
        return Path.of(System.getProperty("microlead.bench.data", "target/bench/data")).toAbsolutePath();
    }

    /** The data folder of a generated journal of the profile (year, heavy or stress), generated on first use. */
    static synchronized Path journal(String profile) {
        Path dir = dataRoot().resolve(profile);
        if (Files.exists(dir.resolve("microlead.mv.db"))) {
            return dir;
        }
        try {
            Path tmp = dataRoot().resolve(profile + ".tmp");
            deleteTree(tmp);
            Files.createDirectories(tmp);
            int code = MicroleadCommand.run(new String[] {"--data-dir", tmp.toString(), "generate", "--profile", profile},
                    d -> 2);
            if (code != 0) {
                throw new IllegalStateException("generate --profile " + profile + " failed: " + code);
            }
            deleteTree(dir);
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
