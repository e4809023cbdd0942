package app.microlead.storage;

import static app.microlead.common.I18n.t;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@link Preferences} as JSON. Writing goes to a temporary file that is then moved
 * over the old one, so a crash never leaves half a file; a missing or unreadable file gives the
 * defaults and a log line, never an error for the user.
 */
public final class PreferencesStore {

    private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());

    private final Path file;
    /**
     * jackson-jr rather than the full data binding: the preferences are read before the first frame, and
     * jackson-jr needs far less class loading to read them (figures in docs/performance.md). Unknown fields are ignored
     * and empty ones are not written.
     */
    private static final JSON JSON_IO = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT)
            .without(JSON.Feature.FAIL_ON_UNKNOWN_BEAN_PROPERTY, JSON.Feature.WRITE_NULL_PROPERTIES);

    public PreferencesStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Preferences load() {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Preferences p = JSON_IO.beanFrom(Preferences.class, bytes);
            return p == null ? new Preferences() : p;
        } catch (NoSuchFileException e) {
            LOG.info(() -> "No preferences file yet at " + file + "; using defaults");
            return new Preferences();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Preferences file " + file + " is unreadable; using defaults", e);
            return new Preferences();
        }
    }

    /** Writes atomically; throws {@link StorageException} with a readable message on failure. */
    public synchronized void save(Preferences prefs) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.write(tmp, JSON_IO.asBytes(prefs));
            FileSync.restrictToOwner(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StorageException(t("storage.preferences.save.failed", file.toString()), e);
        }
    }
}
