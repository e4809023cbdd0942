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
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventDispatcher;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
 * other work on a busy machine does not inflate. It splits the wall time in three: until the key has been handled
 * (the editor's work on the key itself), from there to the start of the pulse that shows it (JavaFX's pulses keep a
 * 60 Hz beat, so a key waits up to a frame for the next one, whatever the editor) and from there to the end of that
 * pulse's layout (the editor's work in the frame). A 300-word day, in the
 * ordinary text area, measured the same way gives the floor: {@code bench/typing.sh 300}.
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
                a.requestFollowCaret();
                showInPage(a); // as for a user typing in it (off screen, every frame repainted the whole window)
            } else {
                TextArea t = (TextArea) lookup("#today-text");
                t.requestFocus();
                t.positionCaret(t.getLength());
            }
            return null;
        });
        System.out.println("# editor: " + onFx(() -> longArea() != null ? "long day's (FxLongText)" : "text area")
                + ", its end in view: " + onFx(TypingBench::endInView));
        Thread.sleep(500);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // the editor and the scene looked up once: a lookup per pulse made a tenth of the FX thread's garbage
        Scene scene = onFx(() -> lookup("#today-text").getScene());
        FxLongText.Area long0 = onFx(TypingBench::longArea);
        TextArea short0 = onFx(() -> (TextArea) lookup("#today-text"));
        IntSupplier lengthNow = () -> long0 != null ? long0.getLength() : short0.getLength();
        List<Double> ms = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        // where a keystroke's time goes, three parts that add up to it: from the injection until the key has been
        // handled (the editor's own work on the key, and a pulse that may be ahead of it in the queue); from there to
        // the start of the pulse that shows it (the pulses keep a 60 Hz beat: the wait for the next one, with the
        // pulse's animations); and that pulse's own work up to the end of its layout
        List<Double> toHandled = new ArrayList<>();
        List<Double> toPulse = new ArrayList<>();
        List<Double> inPulse = new ArrayList<>();
        long[] handledAt = new long[1];
        long[] pulseAt = new long[1];
        onFx(() -> {
            EventDispatcher dispatcher = scene.getEventDispatcher();
            scene.setEventDispatcher((e, tail) -> {
                Event out = dispatcher.dispatchEvent(e, tail);
                if (e.getEventType() == KeyEvent.KEY_TYPED) {
                    handledAt[0] = System.nanoTime();
                }
                return out;
            });
            scene.addPreLayoutPulseListener(() -> pulseAt[0] = System.nanoTime());
            return null;
        });
        Random pauses = new Random(21);
        for (int i = 0; i < TYPED.length(); i++) {
            char c = TYPED.charAt(i);
            int expected = length + i + 1;
            CountDownLatch shown = new CountDownLatch(1);
            long[] took = new long[2];
            onFx(() -> {
                handledAt[0] = 0;
                pulseAt[0] = 0;
                long t0 = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    if (lengthNow.getAsInt() >= expected) {
                        long end = System.nanoTime();
                        if (handledAt[0] < t0 || pulseAt[0] < handledAt[0]) { // another window took the key, say
                            throw new IllegalStateException("key " + c + ": not handled by the scene before the pulse");
                        }
                        toHandled.add((handledAt[0] - t0) / 1e6);
                        toPulse.add((pulseAt[0] - handledAt[0]) / 1e6);
                        inPulse.add((end - pulseAt[0]) / 1e6);
                        took[0] = end - t0;
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
            // a fast typist, ~8 characters a second; a pause of its own length each time, as a typist's is, so that
            // keys arrive anywhere in the 60 Hz beat (a fixed 120 ms after a frame locked them to one phase of it)
            Thread.sleep(120 + pauses.nextInt(17));
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
        report("injection-to-key-handled-ms", toHandled);
        report("key-handled-to-pulse-start-ms", toPulse);
        report("pulse-start-to-layout-end-ms", inPulse);
        System.out.println("# each (wall): " + ms.stream().map(d -> String.format(Locale.ROOT, "%.1f", d)).toList());
    }

    /** Whether the editor's end, where the caret is, is inside the window (the page scrolled to it). */
    private static boolean endInView() {
        Node editor = longArea() != null ? longArea() : lookup("#today-text");
        Bounds b = editor.localToScene(editor.getLayoutBounds());
        return b.getMaxY() > 0 && b.getMaxY() <= editor.getScene().getHeight() + 0.5;
    }

    /** Scrolls the page so that {@code node} is in view, as it is for a user typing in it. */
    private static void showInPage(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        if (n instanceof ScrollPane page && page.getContent() != null) {
            Node content = page.getContent();
            Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double viewport = page.getViewportBounds().getHeight();
            double room = content.getBoundsInLocal().getHeight() - viewport;
            if (room > 0) {
                page.setVvalue(Math.min(1, Math.max(0, (b.getMaxY() - viewport) / room)));
            }
        }
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
