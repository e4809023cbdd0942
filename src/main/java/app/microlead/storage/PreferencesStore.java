package app.microlead.storage;

import static app.microlead.common.I18n.t;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public PreferencesStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Preferences load() {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Preferences p = mapper.readValue(bytes, Preferences.class);
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
            Files.write(tmp, mapper.writeValueAsBytes(prefs));
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
