package app.microlead.backup;

import static app.microlead.common.I18n.t;

import app.microlead.storage.CloseMark;
import app.microlead.storage.Conversion;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.FileSync;
import app.microlead.storage.KeyFile;
import app.microlead.storage.StorageException;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backups of the journal: H2 online backups (a consistent zip of the database while it is open),
 * each verified after writing by opening a copy and counting its records. Kept: the newest backup of
 * each of the last 7 days and of each of the last 4 weeks. A restore is applied at the next start,
 * before the database opens, after the current state has been backed up.
 */
public final class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
    public static final String PENDING = "restore-pending.txt";
    /** Names the backup a restore at this start put in the journal's place, until the app has said so. */
    public static final String APPLIED = "restore-applied.txt";
    static final String DB_FILE = "microlead.mv.db";
    private static final Pattern NAMED = Pattern.compile(
            "microlead-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d)-(.+)\\.(zip|mv\\.db)");
    /** What a restore keeps of the journal it replaces: listed with the backups, so that a restore can be undone. */
    static final String BEFORE_RESTORE = "before-restore";
    /** How many journals a restore replaced are kept (each is a whole journal; the newest undo the last restores). */
    static final int KEPT_REPLACED = 3;
    private static final String[] COUNTED = {"entry", "habit", "check_in", "assessment_session"};

    /** A backup on disk and what it holds. */
    public record Backup(Path file, Instant createdAt, String reason, long size, Map<String, Long> counts) {
        /**
         * "42 days, 7 habits, 830 check-ins, 3 self-assessments"; "contents not counted" for a backup made without
         * its description (the one H2 writes before a schema upgrade): zero of everything would be untrue.
         */
        public String describeContents() {
            if (counts.isEmpty()) {
                return t("storage.backup.contents.unknown");
            }
            return t("storage.backup.contents", counts.getOrDefault("entry", 0L), counts.getOrDefault("habit", 0L),
                    counts.getOrDefault("check_in", 0L), counts.getOrDefault("assessment_session", 0L));
        }
    }

    private final DataFolder folder;
    private final Path dir;
    private final Clock clock;

    public Backups(DataFolder folder, Path backupDir, Clock clock) {
        this.folder = folder;
        this.dir = backupDir;
        this.clock = clock;
    }

    public Path folder() {
        return dir;
    }

    /** Writes a verified backup; a backup that fails verification is removed and reported. */
    public Backup backup(Database db, String reason) {
        try {
            Files.createDirectories(dir);
            FileSync.restrictToOwner(dir, true);
        } catch (IOException e) {
            throw new StorageException(t("storage.backup.folder.failed", dir.toString()), e);
        }
        Instant now = clock.instant();
        String base = "microlead-" + NAME.format(now.atZone(clock.getZone())) + "-" + reason.replaceAll("\\W+", "-");
        Path zip = dir.resolve(base + ".zip");
        db.write(c -> {
            try (var st = c.prepareStatement("BACKUP TO ?")) {
                st.setString(1, zip.toString());
                st.execute();
            }
            return null;
        });
        Map<String, Long> counts;
        try {
            counts = verify(zip, db);
        } catch (RuntimeException e) {
            deleteQuietly(zip);
            throw new StorageException(t("storage.backup.verify.failed", e.getMessage()), e);
        }
        Backup b;
        try {
            FileSync.restrictToOwner(zip);
            b = new Backup(zip, now, reason, Files.size(zip), counts);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("createdAt", now.toString());
            meta.put("reason", reason);
            meta.put("counts", counts);
            // jackson-jr: the daily backup runs at start-up, where databind is not loaded
            JSON.std.write(meta, metaOf(zip).toFile());
            FileSync.restrictToOwner(metaOf(zip));
        } catch (IOException e) {
            throw new StorageException(t("storage.backup.meta.failed", e.getMessage()), e);
        }
        LOG.info(() -> "Backup " + zip.getFileName() + " verified: " + b.describeContents());
        return b;
    }

    /** Opens a copy of the backup in a temporary folder and counts its records. */
    Map<String, Long> verify(Path zip, Database db) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("microlead-verify");
            unzipDatabase(zip, tmp.resolve(DB_FILE));
            // the copy is opened the way the journal is (encrypted backups need the same key)
            return db.readCopy(tmp.resolve("microlead"), c -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String t : COUNTED) {
                    try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + t)) {
                        rs.next();
                        counts.put(t, rs.getLong(1));
                    }
                }
                return counts;
            });
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    /** The newest backup made as one: never a journal a restore replaced (it may be the damaged one). */
    public Optional<Backup> newestBackup() {
        return made().stream().findFirst();
    }

    /** The backups made as such, newest first: not the journals a restore replaced. */
    private List<Backup> made() {
        return list().stream().filter(b -> !b.reason().equals(BEFORE_RESTORE)).toList();
    }

    /** Backups, newest first. */
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        // the zips, and the journals a restore replaced (kept as they were: listed, so the restore can be undone)
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "microlead-*.{zip,mv.db}")) {
            for (Path zip : ds) {
                if (zip.getFileName().toString().endsWith(".zip")
                        || zip.getFileName().toString().endsWith("-" + BEFORE_RESTORE + ".mv.db")) {
                    out.add(read(zip));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list backups in " + dir, e);
        }
        out.sort(Comparator.comparing(Backup::createdAt).reversed());
        return out;
    }

    @SuppressWarnings("unchecked")
    private Backup read(Path zip) throws IOException {
        Path meta = metaOf(zip);
        Instant created = Files.getLastModifiedTime(zip).toInstant();
        String reason = "";
        // without a description (a backup before a schema upgrade): the time and reason its name gives, not the
        // file's time, which a copy of the folder changes
        Matcher named = NAMED.matcher(zip.getFileName().toString());
        if (named.matches()) {
            try {
                created = LocalDateTime.parse(named.group(1), NAME).atZone(clock.getZone()).toInstant();
                reason = named.group(2);
            } catch (DateTimeParseException e) {
                // not one of ours: the file's time
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        if (Files.exists(meta)) {
            Map<String, Object> m = JSON.std.mapFrom(meta.toFile());
            created = Instant.parse(String.valueOf(m.get("createdAt")));
            reason = String.valueOf(m.get("reason"));
            ((Map<String, Object>) m.getOrDefault("counts", Map.of()))
                    .forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
        }
        return new Backup(zip, created, reason, Files.size(zip), counts);
    }

    /**
     * The newest backup that opens as the journal would ({@code fileKey}: its key, null when not
     * encrypted), checked by opening a copy; empty when none does.
     */
    public Optional<Backup> newestThatOpens(String fileKey) {
        for (Backup b : made()) {
            Path work = null;
            try {
                if (BackupEncryption.isEncrypted(b.file()) != (fileKey != null)) {
                    continue;
                }
                work = Files.createTempDirectory(folder.root(), Conversion.WORK_PREFIX);
                unzipDatabase(b.file(), work.resolve(DB_FILE));
                BackupEncryption.check(work, fileKey);
                return Optional.of(b);
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.warning("Backup " + b.file().getFileName() + " does not open: " + e.getClass().getSimpleName());
            } finally {
                Conversion.deleteTree(work);
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps the newest backup of each of the last 7 days and of each of the last 4 weeks, and the newest
     * {@value #KEPT_REPLACED} journals a restore replaced; deletes the rest.
     */
    public List<Path> rotate() {
        // a journal a restore replaced is what undoes that restore: the newest ones stay whatever their age
        List<Backup> all = list();
        List<Backup> replaced = all.stream().filter(b -> b.reason().equals(BEFORE_RESTORE)).toList();
        Set<Path> keep = new HashSet<>();
        replaced.stream().limit(KEPT_REPLACED).forEach(b -> keep.add(b.file()));
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (Backup b : all) {
            if (b.reason().equals(BEFORE_RESTORE)) {
                continue;
            }
            LocalDate d = b.createdAt().atZone(clock.getZone()).toLocalDate();
            String w = d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (days.size() < 7 && days.add(d)) {
                keep.add(b.file());
            }
            if (weeks.size() < 4 && weeks.add(w)) {
                keep.add(b.file());
            }
        }
        List<Path> removed = new ArrayList<>();
        for (Backup b : all) {
            if (!keep.contains(b.file())) {
                deleteQuietly(b.file());
                deleteQuietly(metaOf(b.file()));
                removed.add(b.file());
            }
        }
        return removed;
    }

    /**
     * Whether today's automatic backup is still to be made: no daily or manual backup today. A backup
     * made before an import, an upgrade or a restore holds the journal as it was before that change,
     * so it does not count.
     */
    public boolean dailyDue() {
        LocalDate today = LocalDate.now(clock);
        return list().stream().filter(b -> b.reason().equals("daily") || b.reason().equals("manual"))
                .noneMatch(b -> b.createdAt().atZone(clock.getZone()).toLocalDate().equals(today));
    }

    /** Asks for {@code backup} to replace the journal at the next start (the current state is backed up first). */
    public void requestRestore(Backup backup) {
        try {
            boolean journalEncrypted = Files.exists(folder.root().resolve(KeyFile.NAME));
            if (BackupEncryption.isEncrypted(backup.file()) != journalEncrypted) {
                throw new StorageException(t(journalEncrypted ? "storage.restore.plain" : "storage.restore.encrypted"));
            }
            Files.writeString(folder.root().resolve(PENDING), backup.file().toAbsolutePath().toString());
        } catch (IOException e) {
            throw new StorageException(t("storage.restore.prepare.failed", e.getMessage()), e);
        }
    }

    /**
     * At start, before the database opens: if a restore was requested, keep the current database as
     * a backup file and put the chosen backup in its place. Returns the restored backup's file.
     */
    public static Optional<Path> applyPendingRestore(DataFolder folder, Path backupDir, Clock clock) {
        return applyPendingRestore(folder, backupDir, clock, null);
    }

    /**
     * As {@link #applyPendingRestore(DataFolder, Path, Clock)} for a journal open with {@code fileKey}
     * (null: not encrypted). The backup must be encrypted exactly as the journal is, and it is opened
     * with that key before it takes the journal's place (in one rename); a plain backup never replaces
     * an encrypted journal. The copy of the current journal that is kept is as encrypted as it is.
     */
    public static Optional<Path> applyPendingRestore(DataFolder folder, Path backupDir, Clock clock, String fileKey) {
        Path pending = folder.root().resolve(PENDING);
        if (!Files.exists(pending)) {
            return Optional.empty();
        }
        Path work = null;
        try {
            Path zip = Path.of(Files.readString(pending).strip());
            boolean journalEncrypted = Files.exists(folder.root().resolve(KeyFile.NAME));
            if (BackupEncryption.isEncrypted(zip) != journalEncrypted) {
                Files.delete(pending);
                throw new StorageException(t(journalEncrypted ? "storage.restore.plain" : "storage.restore.encrypted"));
            }
            if (journalEncrypted && fileKey == null) {
                return Optional.empty(); // applied once the passphrase is known
            }
            Path db = folder.root().resolve(DB_FILE);
            work = Files.createTempDirectory(folder.root(), Conversion.WORK_PREFIX);
            if (Files.exists(db)) {
                Files.createDirectories(backupDir);
                Path kept = backupDir.resolve("microlead-" + NAME.format(clock.instant().atZone(clock.getZone()))
                        + "-" + BEFORE_RESTORE + ".mv.db");
                Path part = work.resolve("kept.mv.db");
                Files.copy(db, part, StandardCopyOption.REPLACE_EXISTING);
                FileSync.restrictToOwner(part); // the owner's only, as the journal and every backup are
                FileSync.force(part); // on the disk before the journal is replaced: it is what undoes the restore
                Files.move(part, kept, StandardCopyOption.REPLACE_EXISTING);
                FileSync.forceDirectory(backupDir);
            }
            Path incoming = work.resolve(DB_FILE);
            unzipDatabase(zip, incoming);
            try {
                BackupEncryption.check(work, fileKey);
            } catch (SQLException e) {
                Files.delete(pending);
                throw new StorageException(t("storage.restore.unreadable", zip.getFileName().toString()), e);
            }
            FileSync.force(incoming);
            CloseMark.forget(folder); // an earlier state on purpose: not to be taken for lost work at the next open
            FileSync.forceDirectory(folder.root()); // forgotten on the disk before the journal is replaced
            Files.move(incoming, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            FileSync.forceDirectory(folder.root());
            Files.delete(pending);
            noteApplied(folder, backupDir, clock, zip);
            LOG.info(() -> "Restored the journal from " + zip.getFileName());
            return Optional.of(zip);
        } catch (IOException e) {
            throw new StorageException(t("storage.restore.failed", e.getMessage(), backupDir.toString()), e);
        } finally {
            Conversion.deleteTree(work);
        }
    }

    /**
     * Notes which backup the restore put in place, what it held and when it was made, to be said once the journal
     * is open (the backup itself may be rotated away by then). The restore is done whatever becomes of the note.
     */
    private static void noteApplied(DataFolder folder, Path backupDir, Clock clock, Path zip) {
        try {
            Backup b = new Backups(folder, backupDir, clock).read(zip);
            Files.writeString(folder.root().resolve(APPLIED), JSON.std.asString(Map.of("file", zip.toAbsolutePath().toString(),
                    "createdAt", b.createdAt().toString(), "reason", b.reason(), "counts", b.counts())));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot note which backup was restored", e);
        }
    }

    /**
     * The backup a restore put in the journal's place since the app last said so, read once: the note is
     * deleted, so it is said at one start only. Empty when no restore was applied.
     */
    @SuppressWarnings("unchecked")
    public static Optional<Backup> takeAppliedRestore(DataFolder folder) {
        Path note = folder.root().resolve(APPLIED);
        try {
            if (!Files.exists(note)) {
                return Optional.empty();
            }
            Map<String, Object> m = JSON.std.mapFrom(note.toFile());
            Files.delete(note);
            Map<String, Long> counts = new LinkedHashMap<>();
            ((Map<String, Object>) m.getOrDefault("counts", Map.of()))
                    .forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
            return Optional.of(new Backup(Path.of(String.valueOf(m.get("file"))), Instant.parse(String.valueOf(m.get("createdAt"))),
                    String.valueOf(m.get("reason")), 0, counts));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read which backup was restored", e);
            deleteQuietly(note);
            return Optional.empty();
        }
    }

    private static void unzipDatabase(Path zip, Path target) throws IOException {
        if (zip.getFileName().toString().endsWith(".mv.db")) {
            Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING); // a journal a restore replaced, as it was
            return;
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        in.transferTo(out);
                    }
                    return;
                }
            }
        }
        throw new IOException(zip.getFileName() + " holds no database");
    }

    private static Path metaOf(Path zip) {
        return zip.resolveSibling(zip.getFileName().toString().replaceFirst("\\.(zip|mv\\.db)$", ".json"));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(Backups::deleteQuietly);
        } catch (IOException ignored) {
            // temp folder: best effort
        }
    }
}
