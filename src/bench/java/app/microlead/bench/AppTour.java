package app.microlead.bench;

import app.microlead.App;
import app.microlead.AppConfig;
import app.microlead.export.ExportViewModel;
import app.microlead.ui.FxGrowingList;
import app.microlead.ui.FxStallProbe;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Window;

/**
 * Not a test: the real app on a journal (run it under Xvfb), driven as a person would through the
 * controls' ids, with the FX stall probe on: the journal opens and indexes, the Journal view is shown,
 * a dozen searches run, a day is opened, every view is visited, People and the first person's page are
 * opened, and the last year is exported to PDF.
 * Prints "RESULT name value" lines: view times, the longest FX-thread stall, the peak RSS (VmHWM)
 * after the searches and at the end, and the peak heap.
 * Run: {@code java [options] -cp microlead.jar:bench-classes AppTour DATA_DIR OUT.pdf}.
 */
public final class AppTour {

    private static final List<String> QUERIES = List.of("feedback", "trust decision", "\"quiet voice\"", "deleg",
            "Priya", "incident retro", "calm", "sprint review", "owner question", "zebra", "celebr", "Tom Sam");

    private AppTour() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path pdf = Path.of(args[1]).toAbsolutePath();
        Files.deleteIfExists(pdf);
        System.setProperty(FxStallProbe.PROPERTY, "true");
        System.setProperty("microlead.exportTo", pdf.toString());
        Thread driver = new Thread(() -> {
            try {
                tour(pdf);
            } catch (Throwable e) {
                e.printStackTrace();
                System.out.println("RESULT tour-failed " + e);
            } finally {
                Platform.exit();
            }
        }, "tour");
        driver.setDaemon(true);
        driver.start();
        int code = App.launchWith(AppConfig.of(dir));
        FxStallProbe probe = FxStallProbe.running();
        if (probe != null) {
            System.out.println("RESULT fx-longest-stall-ms " + probe.longestMillis());
            probe.longestByPhaseMillis().forEach((phase, ms) -> System.out.println("RESULT fx-stall-" + phase + "-ms " + ms));
            System.out.println("# " + probe.summary());
        }
        System.exit(code);
    }

    private static void tour(Path pdf) throws Exception {
        waitFor("the main window", 60_000, () -> onFx(() -> lookup("#main-window") != null));
        long open0 = uptime();
        waitFor("the journal to open", 60_000, () -> onFx(() -> pageShown() != null));
        result("journal-open-after-jvm-start-ms", uptime());
        // the Today view's first show belongs to start-up: give it a second, as a person would, before the
        // Journal is asked for (so that each phase's stalls are its own)
        Thread.sleep(1000);
        afterPulse();

        mark("journal-view");
        long t = uptime();
        onFx(() -> fire("#nav-journal"));
        waitFor("the Journal view", 20_000, () -> onFx(() -> "page-journal".equals(pageShown())));
        afterPulse();
        result("journal-view-ms", uptime() - t);

        mark("index-and-first-search");
        t = uptime();
        // a search made while indexing says so and is not run again: ask again until the index is ready
        long end = System.currentTimeMillis() + 120_000;
        for (int i = 0; !indexed(); i++) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out waiting for the search index");
            }
            search(i % 2 == 0 ? "feedback" : "feedback ");
            Thread.sleep(250);
        }
        result("index-ready-after-open-ms", uptime() - open0);
        result("first-search-ms", uptime() - t);

        onFx(() -> {
            ListView<?> list = (ListView<?>) lookup("#journal-list");
            if (list != null) {
                list.scrollTo(list.getItems().size() / 2);
            }
            return null;
        });
        afterPulse();

        mark("searches");
        for (String q : QUERIES) {
            search(q);
            Thread.sleep(350);
        }
        search("feedback");
        Thread.sleep(600);
        rss("rss-peak-after-search-mb");
        heap("heap-peak-after-search-mb");
        FxStallProbe.running().runUncounted(System::gc);
        Runtime rt = Runtime.getRuntime();
        result("heap-live-after-search-mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));

        mark("open-day");
        t = uptime();
        onFx(() -> {
            ListView<?> hits = (ListView<?>) lookup("#journal-results");
            hits.getSelectionModel().select(0);
            fire("#journal-open");
            return null;
        });
        waitFor("the day", 20_000, () -> onFx(() -> "page-today".equals(pageShown())));
        afterPulse();
        result("open-day-ms", uptime() - t);

        for (String view : List.of("habits", "assessment", "insights", "settings", "today", "journal")) {
            mark("view-" + view);
            t = uptime();
            onFx(() -> fire("#nav-" + view));
            waitFor(view, 20_000, () -> onFx(() -> ("page-" + view).equals(pageShown())));
            afterPulse();
            result("view-" + view + "-ms", uptime() - t);
        }

        people();

        mark("pdf-export");
        t = uptime();
        onFx(() -> fire("#journal-export"));
        waitFor("the export dialog", 20_000, () -> onFx(() -> exportPane() != null));
        onFx(() -> {
            DialogPane pane = exportPane();
            ((ComboBox<ExportViewModel.Format>) pane.lookup("#export-format")).setValue(ExportViewModel.Format.PDF);
            ((ComboBox<ExportViewModel.Preset>) pane.lookup("#export-preset")).setValue(ExportViewModel.Preset.LAST_YEAR);
            ((ButtonBase) pane.lookup("#export-run")).fire();
            return null;
        });
        waitFor("the PDF", 120_000, () -> onFx(() -> exportPane().lookup("#export-open-file").isVisible()));
        result("pdf-year-export-ms", uptime() - t);
        result("pdf-kb", Files.size(pdf) / 1024);
        onFx(() -> {
            DialogPane pane = exportPane(); // its one button closes it (a translated Close)
            ((ButtonBase) pane.lookupButton(pane.getButtonTypes().get(0))).fire();
            return null;
        });
        Thread.sleep(500);
        rss("rss-peak-end-mb");
        heap("heap-peak-end-mb");
    }

    /** The People view with its roster, then the page of the first person on it (alphabetical). */
    private static void people() throws Exception {
        mark("view-people");
        long t = uptime();
        onFx(() -> fire("#nav-people"));
        waitFor("the People view", 20_000, () -> onFx(() -> "page-people".equals(pageShown())
                && !((ListView<?>) lookup("#people-list")).getItems().isEmpty()));
        afterPulse();
        result("view-people-ms", uptime() - t);
        result("people-on-roster", onFx(() -> (long) ((ListView<?>) lookup("#people-list")).getItems().size()));

        mark("person-page");
        t = uptime();
        onFx(() -> {
            ((ListView<?>) lookup("#people-list")).getSelectionModel().select(0);
            return null;
        });
        waitFor("the person's page", 20_000, () -> onFx(() -> !((FxGrowingList<?>) lookup("#person-timeline")).getItems().isEmpty()));
        afterPulse();
        result("person-page-ms", uptime() - t);
        result("person-timeline-lines", onFx(() -> (long) ((FxGrowingList<?>) lookup("#person-timeline")).getItems().size()));
        Thread.sleep(500);
    }

    private static boolean indexed() throws Exception {
        return onFx(() -> {
            String s = text("#journal-search-status");
            return !s.isEmpty() && !s.contains("indexing");
        });
    }

    private static void search(String q) throws Exception {
        onFx(() -> {
            ((TextField) lookup("#journal-search")).setText(q);
            return null;
        });
    }

    private static String pageShown() {
        Pane content = (Pane) lookup("#content");
        if (content == null || content.getChildren().isEmpty()) {
            return null;
        }
        for (Node c : content.getChildren()) {
            if (c.isVisible() && c.getId() != null && c.getId().startsWith("page-")) {
                return c.getId();
            }
        }
        return null;
    }

    private static DialogPane exportPane() {
        for (Window w : Window.getWindows()) {
            Scene s = w.getScene();
            if (w.isShowing() && s != null && s.getRoot() instanceof DialogPane p && "export-dialog".equals(p.getId())) {
                return p;
            }
        }
        return null;
    }

    static Node lookup(String selector) {
        for (Window w : Window.getWindows()) {
            Scene s = w.getScene();
            Parent root = s == null ? null : s.getRoot();
            if (root != null && root.getId() != null && root.getId().equals("main-window")) {
                return root.lookup(selector);
            }
        }
        return null;
    }

    private static String text(String selector) {
        Node n = lookup(selector);
        return n instanceof Labeled l && l.getText() != null ? l.getText() : "";
    }

    private static Object fire(String selector) {
        ((ButtonBase) lookup(selector)).fire();
        return null;
    }

    /** Returns once a pulse has laid out the main window after this call. */
    private static void afterPulse() throws Exception {
        FutureTask<Void> done = new FutureTask<>(() -> null);
        onFx(() -> {
            Scene scene = lookup("#main-window").getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                done.run();
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
            return null;
        });
        done.get(20, TimeUnit.SECONDS);
    }

    static <T> T onFx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        try {
            Platform.runLater(task);
        } catch (IllegalStateException notStarted) {
            return null;
        }
        return task.get(60, TimeUnit.SECONDS);
    }

    private interface Check {
        Boolean get() throws Exception;
    }

    private static void waitFor(String what, long timeoutMs, Check check) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (true) {
            Boolean ok = check.get();
            if (ok != null && ok) {
                return;
            }
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Names the tour's phase for the stall probe. */
    private static void mark(String phase) {
        FxStallProbe.running().mark(phase);
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static void result(String name, long value) {
        System.out.println("RESULT " + name + " " + value);
    }

    private static void rss(String name) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                result(name, Long.parseLong(line.replaceAll("\\D", "")) / 1024);
            }
        }
    }

    private static void heap(String name) {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        result(name, peak / (1024 * 1024));
        Runtime rt = Runtime.getRuntime();
        result(name.replace("peak", "committed"), rt.totalMemory() / (1024 * 1024));
    }
}
