package app.microlead.sync;

import app.microlead.storage.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a journal is: the computer (its machine id) and the data folder (as the disk names it). Kept beside
 * the device id when the id is given; a journal found somewhere else was copied (or restored from a backup)
 * to another computer, or moved, and must not go on writing files under the same id as the journal it was
 * copied from (docs/sync.md, "Devices").
 */
final class Place {

    private static final Logger LOG = Logger.getLogger(Place.class.getName());
    private static final List<Path> MACHINE_ID_FILES = List.of(Path.of("/etc/machine-id"),
            Path.of("/var/lib/dbus/machine-id"));
    private static final Pattern MAC_UUID = Pattern.compile("\"IOPlatformUUID\"\\s*=\\s*\"([^\"]+)\"");
    private static volatile String machine;

    private Place() {
    }

    /** The place of the journal {@code db} holds, looked up when asked (at each round). */
    static Supplier<String> of(Database db) {
        return () -> machine() + " " + dataFolder(db);
    }

    /** The data folder of a journal file, its real path; empty for a journal in memory. */
    private static String dataFolder(Database db) {
        String base = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT DATABASE_PATH()")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        if (base == null) {
            return "";
        }
        Path folder = Path.of(base).toAbsolutePath().getParent();
        try {
            return folder.toRealPath().toString();
        } catch (IOException e) {
            return folder.normalize().toString();
        }
    }

    /**
     * This computer's id: the system's machine id where there is one (Linux), the platform's UUID on a Mac,
     * else its name. Looked up once per process.
     */
    static String machine() {
        String m = machine;
        if (m == null) {
            m = lookUpMachine();
            machine = m;
        }
        return m;
    }

    private static String lookUpMachine() {
        for (Path p : MACHINE_ID_FILES) {
            try {
                String id = Files.readString(p, StandardCharsets.US_ASCII).strip();
                if (!id.isEmpty()) {
                    return "machine-id:" + id;
                }
            } catch (IOException | SecurityException e) {
                // not there (not Linux) or not readable: the next way
            }
        }
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            // a Mac's host name follows the network it is on: the hardware's UUID does not
            String uuid = macUuid();
            if (uuid != null) {
                return "platform-uuid:" + uuid;
            }
        }
        return "host:" + SyncBackup.deviceName();
    }

    private static String macUuid() {
        try {
            Process p = new ProcessBuilder("/usr/sbin/ioreg", "-rd1", "-c", "IOPlatformExpertDevice")
                    .redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            Matcher m = MAC_UUID.matcher(out);
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            LOG.log(Level.FINE, "No platform UUID", e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
