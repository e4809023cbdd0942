package app.microlead.sync;

import app.microlead.storage.Database;
import java.io.IOException;
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
    private static final String JOURNAL_FILE = "microlead.mv.db";
    private static final Pattern MAC_UUID = Pattern.compile("\"IOPlatformUUID\"\\s*=\\s*\"([^\"]+)\"");
    private static volatile String machine;

    private Place() {
    }

    /** What a journal found at a place is, beside the place its device id was given at. */
    enum Verdict {
        /** The same place. */
        SAME,
        /** The same journal, named another way or moved on this computer: it keeps its id, the place is kept anew. */
        MOVED,
        /** A copy: another computer's, or a second journal beside the first on this one. */
        COPY
    }

    /** The place of the journal {@code db} holds, looked up when asked (at each round): the computer, a line break, the folder. */
    static Supplier<String> of(Database db) {
        return () -> machine() + "\n" + dataFolder(db);
    }

    /**
     * Whether a journal now at {@code here} is a copy of the one its device id was given for at {@code was}. Another
     * computer's id of the same kind makes a copy; on this computer (or where the computer's id was looked up another
     * way: a lookup that failed once must not give a new id), another folder makes a copy only while the first folder
     * still holds a journal that is not this one: a moved folder, a drive under another letter or a folder reached
     * through a link is the same journal.
     */
    static Verdict compare(String was, String here) {
        if (was.equals(here)) {
            return Verdict.SAME;
        }
        int w = was.indexOf('\n');
        int h = here.indexOf('\n');
        if (w < 0 || h < 0) {
            return Verdict.MOVED; // a place kept in another form: nothing to tell by
        }
        String wasMachine = was.substring(0, w);
        String hereMachine = here.substring(0, h);
        if (kind(wasMachine).equals(kind(hereMachine)) && !wasMachine.equals(hereMachine)) {
            return Verdict.COPY;
        }
        String wasFolder = was.substring(w + 1);
        String hereFolder = here.substring(h + 1);
        if (wasFolder.equals(hereFolder) || wasFolder.isEmpty() || hereFolder.isEmpty()) {
            return Verdict.MOVED;
        }
        try {
            Path first = Path.of(wasFolder);
            Path now = Path.of(hereFolder);
            boolean firstHoldsAJournal = Files.exists(first.resolve(JOURNAL_FILE));
            return firstHoldsAJournal && !Files.isSameFile(first, now) ? Verdict.COPY : Verdict.MOVED;
        } catch (IOException | RuntimeException e) {
            return Verdict.MOVED; // cannot tell: no new id (a new id for nothing leaves files in the folder for good)
        }
    }

    private static String kind(String machine) {
        int colon = machine.indexOf(':');
        return colon < 0 ? "" : machine.substring(0, colon);
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
        Path out = null;
        try {
            // its output goes to a file: a read of a pipe would wait for a hung command for good
            out = Files.createTempFile("microlead-ioreg", ".txt");
            Process p = new ProcessBuilder("/usr/sbin/ioreg", "-rd1", "-c", "IOPlatformExpertDevice")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            Matcher m = MAC_UUID.matcher(Files.readString(out, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            LOG.log(Level.FINE, "No platform UUID", e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Not deleted: " + out, e);
                }
            }
        }
    }
}
