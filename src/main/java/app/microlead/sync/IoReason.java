package app.microlead.sync;

import static app.microlead.common.I18n.t;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file of the sync folder could not be read or written, in words: Java's message for a file it may not
 * open, or that is gone, is the file's path alone, which the sentence around it already names.
 */
final class IoReason {

    private IoReason() {
    }

    static String of(Exception e) {
        if (e instanceof AccessDeniedException) {
            return t("sync.why.denied");
        }
        if (e instanceof NoSuchFileException) {
            return t("sync.why.missing");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason(); // "No space left on device", "Read-only file system", as the system says it
        }
        return String.valueOf(e.getMessage());
    }
}
