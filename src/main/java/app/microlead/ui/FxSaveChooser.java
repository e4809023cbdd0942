package app.microlead.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save a file. {@code -Dmicrolead.exportTo=FILE} answers instead of the native chooser,
 * so benchmarks and UI tests can drive exports headless (see docs/performance.md).
 */
public final class FxSaveChooser {

    /** The system property that, when set, is the answer to every "save as". */
    public static final String PRESET = "microlead.exportTo";

    private FxSaveChooser() {
    }

    /** The preset answer, when one is set. */
    public static Optional<Path> preset() {
        return Optional.ofNullable(System.getProperty(PRESET)).map(Path::of);
    }

    /** The file the user chose (or the preset), empty when they cancelled. */
    public static Optional<Path> file(Window owner, String title, String initialName, String filterLabel, String extension) {
        Optional<Path> preset = preset();
        if (preset.isPresent()) {
            return preset;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(initialName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, "*." + extension));
        File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }
}
