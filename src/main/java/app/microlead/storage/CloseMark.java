package app.microlead.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a journal that opens as an earlier state than the one it was closed in. Each clean close numbers
 * itself in the journal (in {@code sync_meta}, which is never synced) and then, once H2 has closed the file, in a
 * small file beside it. Every later state of the journal holds that number or a higher one — whatever a kill
 * or a power cut takes, it is only what came after that close — so a journal that opens with a lower number
 * than the file's lost work it had already kept: seen once after a dozen short runs on the 20-year journal
 * (docs/performance.md, twentieth round), caused by H2 trusting its own "closed cleanly" mark, which {@link
 * StoreHeader#forgetCleanClose} now takes away before each open (twenty-first round); the mark stays to tell any
 * other cause. A restore, which brings back an earlier state on purpose, forgets the file's number first.
 *
 * <p>Each number goes with the folder's own name (a random one, kept in the file), in the journal too: a journal
 * last closed in another folder (a file copied in by hand from another computer or folder) is not compared, since
 * its numbers count another folder's closes. Marks written before folders were named are compared as before.
 */
public final class CloseMark {

    private static final Logger LOG = Logger.getLogger(CloseMark.class.getName());

    /** The file beside the journal: one number, no journal text. */
    public static final String FILE = ".microlead-close-mark";
    static final String KEY = "close_mark";

    private final Path file;
    private String folderName;

    private CloseMark(Path file) {
        this.file = file;
    }

    /** A close's number and the name of the folder it was made in (null in a mark written before folders were named). */
    record Mark(long number, String folder) {

        static final Mark NONE = new Mark(0, null);

        /** Whether the two closes were made in the same folder; a mark without a folder's name counts as the same. */
        boolean sameFolder(Mark other) {
            return folder == null || other.folder == null || folder.equals(other.folder);
        }

        String text() {
            return folder == null ? Long.toString(number) : number + " " + folder;
        }

        static Optional<Mark> parse(String s) {
            String[] parts = s.strip().split("\\s+");
            try {
                return parts.length > 2 ? Optional.empty()
                        : Optional.of(new Mark(Long.parseLong(parts[0]), parts.length == 2 ? parts[1] : null));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** The mark of the journal in {@code folder}. */
    public static CloseMark of(DataFolder folder) {
        return new CloseMark(folder.root().resolve(FILE));
    }

    /** Before a journal is replaced by an earlier state on purpose (a restore): the next open compares nothing. */
    public static void forget(DataFolder folder) throws IOException {
        Files.deleteIfExists(folder.root().resolve(FILE));
    }

    /** The number of the last close the journal holds (0 when none). */
    static long inJournal(Connection c) throws SQLException {
        return markInJournal(c).number();
    }

    /** The last close the journal holds ({@link Mark#NONE} when none). */
    static Mark markInJournal(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM sync_meta WHERE meta_key = ?")) {
            ps.setString(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Mark.parse(rs.getString(1)).orElse(Mark.NONE) : Mark.NONE;
            }
        }
    }

    /** The last clean close, as the file beside the journal has it; empty when there is none. */
    Optional<Mark> onDisk() {
        try {
            return Mark.parse(Files.readString(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The journal's close mark cannot be read; not compared", e);
            return Optional.empty();
        }
    }

    /** This folder's name: the one in the file beside the journal, or a new one when it has none. */
    String folderName() {
        if (folderName == null) {
            folderName = onDisk().map(Mark::folder).orElseGet(() -> UUID.randomUUID().toString());
        }
        return folderName;
    }

    /** Numbers this close in the journal, made in {@code folder} (committed on {@code c}, in auto-commit); returns the number. */
    static long stamp(Connection c, String folder) throws SQLException {
        long next = inJournal(c) + 1;
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO sync_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            ps.setString(1, KEY);
            ps.setString(2, new Mark(next, folder).text());
            ps.executeUpdate();
        }
        return next;
    }

    /** After H2 closed the file: the close's number beside it (written whole, then moved into place). */
    void record(long number) {
        Path part = file.resolveSibling(FILE + ".part");
        try {
            Files.writeString(part, new Mark(number, folderName()).text());
            FileSync.restrictToOwner(part);
            FileSync.force(part);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not kept: the next open compares with the number before, which this journal is past anyway
            LOG.log(Level.WARNING, "The journal's close mark could not be written", e);
        }
    }
}
