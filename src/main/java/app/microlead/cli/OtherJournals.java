package app.microlead.cli;

import app.microlead.export.ImportException;
import app.microlead.journal.Entry;
import java.nio.file.Path;
import java.util.List;

/** Reads other journal apps' data (RedNotebook, jrnl) through the importers of the export feature. */
final class OtherJournals {

    private OtherJournals() {
    }

    static List<Entry> read(String format, Path source) throws ImportException {
        throw new ImportException("Importing from " + format + " is not available in this build yet.");
    }
}
