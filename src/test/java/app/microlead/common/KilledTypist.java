package app.microlead.common;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * For the kill tests: a child JVM (headless JavaFX) that types words "k1 k2 k3 …" and prints "TYPED n" after the
 * n-th, "SNAPSHOT n" when a write takes the words up to n and "SAVED n" once that write is committed; it is
 * SIGKILLed when it has typed {@code killAt} words.
 */
public record KilledTypist(int typed, int snapshot, int saved, boolean aliveAtKill) {

    /** Runs {@code main} with {@code args} and kills it at word {@code killAt}; its standard error goes to {@code stderr}. */
    public static KilledTypist run(Class<?> main, List<String> args, int killAt, Path stderr) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        int typed = 0;
        int snapshot = 0;
        int saved = 0;
        boolean aliveAtKill = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                int n = Integer.parseInt(line.substring(line.indexOf(' ') + 1));
                if (line.startsWith("SNAPSHOT ")) {
                    snapshot = n;
                } else if (line.startsWith("SAVED ")) {
                    saved = Math.max(saved, n);
                } else if (line.startsWith("TYPED ")) {
                    typed = n;
                    if (typed >= killAt) {
                        aliveAtKill = p.isAlive();
                        p.destroyForcibly(); // SIGKILL on Linux and macOS
                        break;
                    }
                }
            }
        } finally {
            p.destroyForcibly();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the typist did not stop");
            }
        }
        return new KilledTypist(typed, snapshot, saved, aliveAtKill && typed >= killAt);
    }

    /** The number of the last word of a typed text ("k1 k2 k3 " gives 3), 0 for none. */
    public static int lastWord(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : Integer.parseInt(t.substring(t.lastIndexOf('k') + 1));
    }

    /** The words typed up to {@code upTo}, as typed ("k1 k2 k3 "). */
    public static String words(int upTo) {
        return IntStream.rangeClosed(1, upTo).mapToObj(i -> "k" + i + " ").collect(Collectors.joining());
    }
}
