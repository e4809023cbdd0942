package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.export.imports.JrnlImporter;
import app.microlead.export.imports.RedNotebookImporter;
import app.microlead.journal.Entry;
import java.nio.file.Path;
import java.util.List;

/** Reads other journal apps' data (RedNotebook, jrnl) through the importers of the export feature. */
public final class OtherJournals {

    private OtherJournals() {
    }

    /** @param format "rednotebook" (a data folder) or "jrnl" (a JSON export) */
    public static List<Entry> read(String format, Path source) throws ImportException {
        return switch (format) {
            case "rednotebook" -> RedNotebookImporter.read(source);
            case "jrnl" -> JrnlImporter.read(source);
            default -> throw new ImportException(ImportException.Kind.FILE, t("export.import.unknown.format", format));
        };
    }
}
