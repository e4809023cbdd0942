package app.microlead.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a folder in the system's file manager. */
@FunctionalInterface
public interface FolderOpener {

    void open(Path folder) throws IOException;

    /** Uses the platform's own command: explorer, open, or xdg-open. */
    static FolderOpener system() {
        return folder -> {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> cmd;
            if (os.contains("win")) {
                cmd = List.of("explorer", folder.toString());
            } else if (os.contains("mac")) {
                cmd = List.of("open", folder.toString());
            } else {
                cmd = List.of("xdg-open", folder.toString());
            }
            new ProcessBuilder(cmd).redirectErrorStream(true).start();
        };
    }
}
