package app.microlead.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** A small rolling log file in the data folder (three files of at most 1 MB each). */
public final class Logs {

    private static FileHandler handler;

    private Logs() {
    }

    public static synchronized void init(Path logsDir) {
        if (handler != null) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(logsDir);
            handler = new FileHandler(logsDir.resolve("microlead.%g.log").toString(), 1_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        } catch (IOException e) {
            Logger.getLogger(Logs.class.getName()).log(Level.WARNING, "Cannot write log files to " + logsDir, e);
        }
    }
}
