package app.microlead.storage;

import static app.microlead.common.I18n.t;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Where the journal lives on disk, and making sure that folder exists and is private. */
public final class DataFolder {

    public static final String ENV_HOME = "MICROLEAD_HOME";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
    }

    /**
     * Chooses the data folder: an explicit override (the {@code --data-dir} option) wins, then the
     * {@code MICROLEAD_HOME} variable, then the operating system's usual place for app data.
     */
    public static Path resolve(Path override, Map<String, String> env, String osName, Path userHome) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Microlead");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Microlead");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("microlead");
    }

    /**
     * The names that make a folder Microlead's: its journal, its key, its lock (every folder Microlead opened has
     * it). Not "preferences.json": other programs' folders hold one too. A folder that holds other files and none of
     * these is someone else's (a home folder, a project), and is not opened.
     */
    private static final Set<String> OURS = Set.of(Conversion.DB_FILE, KeyFile.NAME, ".microlead.lock");

    /**
     * Creates the folder if missing and checks it is writable. On Linux and macOS the folder and all it
     * holds are made the owner's alone (an older folder may have been readable by others). A folder that
     * already holds other files and no journal is refused, and nothing in it is changed: Microlead keeps
     * its journal in a folder of its own ({@code --data-dir ~} would otherwise fill a home folder and take
     * everyone else's access to everything in it).
     */
    public static DataFolder open(Path root) {
        try {
            if (!Files.isDirectory(root)) {
                Files.createDirectories(root);
                restrictToOwner(root);
            } else if (!isOursOrEmpty(root)) {
                throw new StorageException(t("storage.folder.foreign", root.toString(),
                        root.resolve("microlead").toString()));
            }
            FileSync.restrictTreeToOwner(root);
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
            return new DataFolder(root);
        } catch (IOException | SecurityException e) {
            throw new StorageException(t("storage.folder.not.writable", root.toString()), e);
        }
    }

    /** Names of Microlead's other files: alone (with nothing else) they are a folder of Microlead's. */
    private static final Set<String> OURS_TOO = Set.of("preferences.json", "logs", "backups", "search-index");

    /** What a file manager leaves in a new folder it showed: such a folder is still empty. */
    private static final Set<String> FOLDER_VIEW_FILES = Set.of(".DS_Store", ".localized", "Thumbs.db", "desktop.ini",
            ".directory");

    /**
     * Whether {@code dir} holds one of Microlead's own files, or nothing but the names of its other files and what a
     * file manager leaves (a new folder). Hidden files count as someone else's: a home folder may hold nothing else.
     */
    static boolean isOursOrEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            boolean others = false;
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (OURS.contains(name)) {
                    return true;
                }
                // the write check's probe, left by a run killed in that moment, is ours too; so are the names Microlead
                // gives its other files, as long as nothing else is there (preferences written before a first start)
                others |= !FOLDER_VIEW_FILES.contains(name) && !name.startsWith(".write-check") && !OURS_TOO.contains(name);
            }
            return !others;
        }
    }

    static void restrictToOwner(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rwx------");
            Files.setPosixFilePermissions(dir, perms);
        }
    }

    /**
     * Whether {@code p} is {@code folder} or lies inside it, as the disk names both (links followed as far as the
     * path exists: a file not written yet has no real path).
     */
    public static boolean inside(Path folder, Path p) {
        return real(p).startsWith(real(folder));
    }

    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    public Path root() {
        return root;
    }

    public Path databaseBase() {
        return root.resolve("microlead");
    }

    public Path preferencesFile() {
        return root.resolve("preferences.json");
    }

    public Path logsDir() {
        return root.resolve("logs");
    }

    /**
     * The search index kept between runs by the app and the command line (an unencrypted journal only: it
     * holds the words of the days).
     */
    public Path searchIndexDir() {
        return root.resolve("search-index");
    }

    public Path lockFile() {
        return root.resolve(".microlead.lock");
    }
}
