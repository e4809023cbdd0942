package app.microlead.bench;

import app.microlead.App;
import app.microlead.AppConfig;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxLongText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Window;

/**
 * Not a test: typing into a long day. Writes today's entry of about WORDS words (generated text in
 * paragraphs, or one paragraph with {@code --one-paragraph}) into a fresh data folder, starts the real
 * app headless (Monocle, software rendering, as the UI tests do), puts the caret at the end of the free
 * writing and types 200 characters one at a time through the platform's key path ({@link Robot#keyType}:
 * Monocle's key input, the scene's key handling, the TextArea's behaviour), a typist's pause between
 * them. For each it takes the time from the key's injection to the end of the layout of the first pulse
 * that shows it (the FX thread's share of keystroke-to-frame; rendering the frame follows on the render
 * thread) and prints p50, p95 and max; and the same for the FX thread's CPU time over that span, which
 * other work on a busy machine does not inflate.
 * Run: {@code bench/typing.sh [WORDS] [--one-paragraph]}.
 */
public final class TypingBench {

    /** What is typed: a sentence, four times (200 keystrokes, so that p95 is not three keystrokes' figure). */
    private static final String TYPED = "and then we agreed on the next step with the team ".repeat(4);

    private TypingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int words = Integer.parseInt(args[1]);
        boolean oneParagraph = List.of(args).contains("--one-paragraph");
        headless();
        String text = new TextGenerator(7, 4000).text(words);
        if (oneParagraph) {
            text = text.replace("\n\n", " ");
        }
        if (text.length() > Entry.MAX_TEXT_CHARS - TYPED.length()) {
            text = text.substring(0, Entry.MAX_TEXT_CHARS - TYPED.length());
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("preferences.json"), "{\"reminder\": false}");
        Clock clock = Clock.systemDefaultZone();
        try (Database db = Database.open(DataFolder.open(dir))) {
            Instant now = Instant.now();
            new JdbcJournalRepository(db, clock).save(new Entry(LocalDate.now(clock), text, null, null, List.of(),
                    List.of(), now, now));
        }
        int length = text.length();
        System.out.printf("day: %d words, %,d characters, %d paragraphs%n", words, length,
                text.split("\n\n", -1).length);
        Thread driver = new Thread(() -> {
            try {
                type(length);
            } catch (Throwable e) {
                e.printStackTrace();
                System.out.println("RESULT typing-failed " + e);
            } finally {
                Platform.exit();
            }
        }, "typist");
        driver.setDaemon(true);
        driver.start();
        int code = App.launchWith(new AppConfig(dir, clock, Locale.US));
        System.exit(code);
    }

    private static void headless() {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("prism.text", System.getProperty("prism.text", "t2k"));
        System.setProperty("java.awt.headless", "true");
        System.setProperty("microlead.noDialogs", "true");
    }

    private static void type(int length) throws Exception {
        waitFor(() -> {
            Node skip = lookupAnywhere("#onboarding-skip");
            if (skip instanceof ButtonBase b) {
                b.fire();
            }
            return editorLength() == length;
        });
        Thread.sleep(2000); // the first show and the background work after opening settle
        onFx(() -> {
            FxLongText.Area a = longArea();
            if (a != null) {
                a.requestFocus();
                a.moveTo(a.getLength());
            } else {
                TextArea t = (TextArea) lookup("#today-text");
                t.requestFocus();
                t.positionCaret(t.getLength());
            }
            return null;
        });
        System.out.println("# editor: " + onFx(() -> longArea() != null ? "long day's (FxLongText)" : "text area"));
        Thread.sleep(500);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // the editor and the scene looked up once: a lookup per pulse made a tenth of the FX thread's garbage
        Scene scene = onFx(() -> lookup("#today-text").getScene());
        FxLongText.Area long0 = onFx(TypingBench::longArea);
        TextArea short0 = onFx(() -> (TextArea) lookup("#today-text"));
        IntSupplier lengthNow = () -> long0 != null ? long0.getLength() : short0.getLength();
        List<Double> ms = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        for (int i = 0; i < TYPED.length(); i++) {
            char c = TYPED.charAt(i);
            int expected = length + i + 1;
            CountDownLatch shown = new CountDownLatch(1);
            long[] took = new long[2];
            onFx(() -> {
                long t0 = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    if (lengthNow.getAsInt() >= expected) {
                        took[0] = System.nanoTime() - t0;
                        took[1] = threads.getCurrentThreadCpuTime() - cpu0;
                        scene.removePostLayoutPulseListener(listener[0]);
                        shown.countDown();
                    }
                };
                scene.addPostLayoutPulseListener(listener[0]);
                new Robot().keyType(c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(c).toUpperCase(Locale.ROOT)));
                Platform.requestNextPulse();
                return null;
            });
            if (!shown.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("character " + i + " never showed");
            }
            ms.add(took[0] / 1e6);
            cpuMs.add(took[1] / 1e6);
            Thread.sleep(120); // a fast typist: ~8 characters a second
        }
        String typedNow = onFx(() -> {
            FxLongText.Area a = longArea();
            if (a != null) {
                return a.getText(length, a.getLength());
            }
            TextArea t = (TextArea) lookup("#today-text");
            return t.getText(length, t.getLength());
        });
        if (!TYPED.equals(typedNow)) {
            throw new IllegalStateException("typed '" + TYPED + "' but the day ends with '" + typedNow + "'");
        }
        report("keystroke-to-layout-ms", ms);
        report("fx-thread-cpu-per-keystroke-ms", cpuMs);
        System.out.println("# each (wall): " + ms.stream().map(d -> String.format(Locale.ROOT, "%.1f", d)).toList());
    }

    private static void report(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "RESULT %s p50 %.1f p95 %.1f max %.1f (n=%d)%n", name, pct(sorted, 50),
                pct(sorted, 95), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** The long day's editor when it is the one shown, else null. */
    private static FxLongText.Area longArea() {
        return lookup("#today-long-area") instanceof FxLongText.Area a && a.isVisible() && a.getParent() != null
                && lookup("#today-long").isVisible() ? a : null;
    }

    /** The length of the text in the editor shown (-1 while there is none). */
    private static int editorLength() {
        FxLongText.Area a = longArea();
        if (a != null) {
            return a.getLength();
        }
        return lookup("#today-text") instanceof TextArea t && t.isVisible() && t.getSkin() != null ? t.getLength() : -1;
    }

    private static Node lookupAnywhere(String selector) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null) {
                Node n = w.getScene().getRoot().lookup(selector);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + 120_000;
        while (!Boolean.TRUE.equals(onFx(condition))) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out waiting for the day to open");
            }
            Thread.sleep(100);
        }
    }

    private static Node lookup(String selector) {
        return AppTour.lookup(selector);
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return AppTour.onFx(c);
    }
}
