package app.microlead.storage;

import static app.microlead.storage.TestEntries.addEntry;
import static app.microlead.storage.TestEntries.entries;
import static app.microlead.storage.TestEntries.journalWithOneDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal file's header: an H2 upgrade that renames what {@link StoreHeader} uses must not drop the protection
 * after a commit silently, and a journal opens at its newest state even where H2, trusting its "closed cleanly" mark,
 * would open an earlier one.
 */
class StoreHeaderTest {

    /** H2 checks this many of the newest chunks its state lists when it trusts a clean close (2.5.252). */
    private static final int CHUNKS_H2_CHECKS = 19;

    @TempDir
    Path dir;

    @Test
    void theH2InUseOffersWhatTheHeaderFixNeeds() {
        assertThat(StoreHeader.available()).isTrue();
    }

    @Test
    void aJournalWhoseListedUnusedChunkLostItsRoomOpensAtItsNewestState() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path file = folder.root().resolve("microlead.mv.db");
        try (Database db = Database.open(folder)) {
            for (int day = 1; day <= 9; day++) {
                addEntry(db, String.format(Locale.ROOT, "2026-03-%02d", day));
            }
        }
        // three more days written by H2 alone, closed without moving chunks, so that the ones no longer in use stay
        // where they were written
        long lastDay;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.databaseBase() + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0", "sa", "")) {
            for (int day = 10; day <= 12; day++) {
                c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                        + " VALUES (DATE '2026-03-" + day + "', 'text', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            lastDay = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore().getCurrentVersion();
            c.createStatement().execute("SHUTDOWN");
        }
        assertThat(headerText(file, null)).as("H2 marked the close clean").contains("clean:1");

        // as H2 left the 20-year journal after a run stopped by a signal: a chunk no longer in use, still listed,
        // whose room a later chunk took (here: its first block overwritten); one from before the last day whose loss
        // H2 by itself does not notice
        ListedChunk unused = null;
        List<ListedChunk> candidates = unusedChunksH2ChecksAfterOthers(file);
        for (ListedChunk c : candidates) {
            long days = c.version() <= lastDay ? entriesH2ReadsAlone(file, c) : -1;
            if (days >= 0 && days < 12) {
                unused = c;
                break;
            }
        }
        assertThat(unused).as("H2 by itself opens the journal without its last days with one of " + candidates
                + " overwritten (if a new H2 keeps them, forgetCleanClose may go)").isNotNull();
        overwrite(file, unused);

        try (Database db = Database.open(folder)) {
            assertThat(entries(db)).as("every day, as the journal was closed").isEqualTo(12);
            assertThat(db.openedEarlierThanLastClose()).isFalse();
        }
    }

    @Test
    void anEncryptedJournalLosesTheMarkThroughItsEncryptionAndOpensWithItsDays() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("enc"));
        Path file = folder.root().resolve("microlead.mv.db");
        String key = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        try (Database db = Database.openEncrypted(folder, key)) {
            addEntry(db, "2026-03-01");
        }
        assertThat(headerText(file, key)).contains("clean:1");
        byte[] raw = Files.readAllBytes(file);

        StoreHeader.forgetCleanClose(Database.urlFor(folder, key), Database.passwordFor(key));

        assertThat(headerText(file, key)).as("read through the encryption").startsWith("H:2,").doesNotContain("clean");
        byte[] after = Files.readAllBytes(file);
        assertThat(new String(after, StandardCharsets.ISO_8859_1)).as("nothing written in plain text").doesNotContain("H:2,");
        assertThat(Arrays.equals(after, 0, after.length, raw, 0, raw.length)).as("the header was rewritten").isFalse();
        assertThat(Arrays.equals(after, 3 * StoreHeader.BLOCK, after.length, raw, 3 * StoreHeader.BLOCK, raw.length))
                .as("only the header (after the encryption's own block)").isTrue();
        try (Database db = Database.openEncrypted(folder, key)) {
            assertThat(entries(db)).isEqualTo(1);
        }
    }

    @Test
    void aHeaderCopyThatDoesNotReadAsH2WroteItIsLeftAsItIs() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path file = journalWithOneDay(folder, "2026-03-01");
        byte[] before = Files.readAllBytes(file);
        before[3] ^= 1; // the first copy's text changed under its checksum
        Files.write(file, before);

        StoreHeader.forgetCleanClose(Database.urlFor(folder, null), Database.passwordFor(null));

        byte[] after = Files.readAllBytes(file);
        assertThat(Arrays.copyOfRange(after, 0, StoreHeader.BLOCK)).as("the damaged copy").isEqualTo(Arrays.copyOfRange(before, 0, StoreHeader.BLOCK));
        String second = new String(after, StoreHeader.BLOCK, StoreHeader.BLOCK, StandardCharsets.ISO_8859_1);
        assertThat(second).as("the whole copy").startsWith("H:2,").doesNotContain("clean");
        assertThat(StoreHeader.withoutCleanMark(Arrays.copyOfRange(before, StoreHeader.BLOCK, 2 * StoreHeader.BLOCK)))
                .isEqualTo(Arrays.copyOfRange(after, StoreHeader.BLOCK, 2 * StoreHeader.BLOCK));
        assertThat(StoreHeader.withoutCleanMark(Arrays.copyOfRange(after, StoreHeader.BLOCK, 2 * StoreHeader.BLOCK)))
                .as("nothing left to take out").isNull();
        try (Database db = Database.open(folder)) {
            assertThat(entries(db)).isEqualTo(1);
        }
    }

    @Test
    void aFileH2HasOpenIsLeftAlone() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        Path file = journalWithOneDay(folder, "2026-03-01");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.databaseBase(), "sa", "")) {
            assertThat(headerText(file, null)).as("open, nothing written yet").contains("clean:1");
            StoreHeader.forgetCleanClose(Database.urlFor(folder, null), Database.passwordFor(null));
            assertThat(headerText(file, null)).as("H2 holds the file").contains("clean:1");
            c.createStatement().execute("SHUTDOWN");
        }
        StoreHeader.forgetCleanClose(Database.urlFor(folder, null), Database.passwordFor(null));
        assertThat(headerText(file, null)).as("closed").doesNotContain("clean");
    }

    @Test
    void theFileOfAUrl() {
        assertThat(StoreHeader.fileOf("jdbc:h2:file:/data/microlead;WRITE_DELAY=0")).isEqualTo(Path.of("/data/microlead.mv.db"));
        assertThat(StoreHeader.fileOf("jdbc:h2:file:/data/microlead")).isEqualTo(Path.of("/data/microlead.mv.db"));
        assertThat(StoreHeader.fileOf("jdbc:h2:mem:x")).isNull();
    }

    private record ListedChunk(int id, long block, long version, boolean inUse) {
    }

    /**
     * The chunks the journal's state lists as no longer in use among the newest H2 checks that have at least one listed
     * chunk H2 checks before them (older), all of them where the list says: newest first.
     */
    private static List<ListedChunk> unusedChunksH2ChecksAfterOthers(Path file) throws IOException {
        List<ListedChunk> listed = new ArrayList<>();
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            store.getLayoutMap().forEach((k, v) -> {
                if (k.startsWith("chunk.")) {
                    HashMap<String, String> c = DataUtils.parseMap(v);
                    listed.add(new ListedChunk(Integer.parseInt(c.get("chunk"), 16), Long.parseLong(c.get("block"), 16),
                            Long.parseLong(c.get("version"), 16), Long.parseLong(c.getOrDefault("livePages", "0"), 16) > 0));
                }
            });
        }
        listed.sort(Comparator.comparingLong(ListedChunk::version).reversed());
        List<ListedChunk> checked = new ArrayList<>(listed.subList(0, Math.min(CHUNKS_H2_CHECKS, listed.size())));
        checked.sort(Comparator.comparingLong(ListedChunk::version)); // the order H2 checks them in
        List<ListedChunk> out = new ArrayList<>();
        for (int i = 0; i < checked.size() && inPlace(file, checked.get(i)); i++) { // H2 stops at the first one not in place
            if (!checked.get(i).inUse() && i > 0) {
                out.add(0, checked.get(i));
            }
        }
        return out;
    }

    /** The days H2 by itself reads from a copy of {@code file} with {@code unused} overwritten (-1: it cannot open it). */
    private long entriesH2ReadsAlone(Path file, ListedChunk unused) throws IOException {
        Path copy = dir.resolve("alone.mv.db");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        overwrite(copy, unused);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("alone") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
            rs.next();
            long days = rs.getLong(1);
            c.createStatement().execute("SHUTDOWN");
            return days;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static void overwrite(Path file, ListedChunk chunk) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(StoreHeader.BLOCK), chunk.block() * StoreHeader.BLOCK);
        }
    }

    private static boolean inPlace(Path file, ListedChunk c) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(64);
            channel.read(head, c.block() * StoreHeader.BLOCK);
            return new String(head.array(), StandardCharsets.ISO_8859_1).startsWith("chunk:" + Integer.toHexString(c.id()) + ",");
        }
    }

    /** The first copy of the header's text, through the encryption when {@code key} is given. */
    private static String headerText(Path file, String key) throws IOException {
        FileChannel raw = FileChannel.open(file, StandardOpenOption.READ);
        try (FileChannel channel = key == null ? raw : new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(key.toCharArray()), raw)) {
            ByteBuffer block = ByteBuffer.allocate(StoreHeader.BLOCK);
            channel.read(block, 0);
            return new String(block.array(), StandardCharsets.ISO_8859_1).strip();
        }
    }
}
