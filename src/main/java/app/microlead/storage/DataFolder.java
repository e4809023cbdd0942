package app.microlead.storage;

import static app.microlead.common.I18n.t;

import java.io.IOException;
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
     * Creates the folder if missing and checks it is writable. On Linux and macOS the folder and all it
     * holds are made the owner's alone (an older folder may have been readable by others).
     */
    public static DataFolder open(Path root) {
        try {
            if (!Files.isDirectory(root)) {
                Files.createDirectories(root);
                restrictToOwner(root);
            }
            FileSync.restrictTreeToOwner(root);
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
            return new DataFolder(root);
        } catch (IOException | SecurityException e) {
            throw new StorageException(t("storage.folder.not.writable", root.toString()), e);
        }
    }

    static void restrictToOwner(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rwx------");
            Files.setPosixFilePermissions(dir, perms);
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
