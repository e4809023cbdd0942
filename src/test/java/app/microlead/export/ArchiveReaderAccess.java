package app.microlead.export;

import java.nio.file.Path;

/** Lets tests of other packages read an archive as the app does. */
public final class ArchiveReaderAccess {

    private ArchiveReaderAccess() {
    }

    public static Archive read(Path file) throws ImportException {
        return ArchiveReader.read(file);
    }
}
