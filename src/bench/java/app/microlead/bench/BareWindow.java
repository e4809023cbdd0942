package app.microlead.bench;

import app.microlead.common.ProcessStart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: an empty JavaFX window of the app's default size, timed like the app (JVM
 * start, from the process start time, to the first pulse's layout of the scene). Prints
 * "Startup: first frame N ms after JVM start" and exits half a second later.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The peak resident set size of this process (VmHWM), the memory floor of any JavaFX window. */
    static void printPeakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    System.out.println("RESULT bare-rss-peak-mb " + Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("RESULT bare-rss-peak-mb n/a");
        }
    }

    /** The application itself (a nested class, so that the main class does not extend Application). */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1180, 760);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                ProcessStart.elapsed().ifPresent(d -> System.out.println(
                        "Startup: first frame " + d.toMillis() + " ms after JVM start"));
                if ("1".equals(System.getenv("MICROLEAD_BARE_STAY"))) {
                    return; // stays open (bench/vs-rednotebook.sh reads its peak RSS)
                }
                Thread exit = new Thread(() -> {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                    printPeakRss();
                    Platform.exit();
                });
                exit.setDaemon(true);
                exit.start();
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setTitle("Bare window");
            stage.setScene(scene);
            stage.show();
        }
    }
}
