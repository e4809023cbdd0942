package app.microlead.storage;

import java.io.IOException;

/**
 * An H2 file system ("failing:") over the real one whose writes fail with "No space left on device"
 * while {@link #diskFull} is set: a full disk without needing a tiny file system; or whose forced writes
 * alone fail, while {@link #forceFails} is set.
 */
public final class FailingFilePath extends ObservedFilePath {

    public static volatile boolean diskFull;
    /** Forcing a file to the disk fails ("Input/output error") while writes still work: a failing disk. */
    public static volatile boolean forceFails;

    @Override
    public String getScheme() {
        return "failing";
    }

    private static void check() throws IOException {
        if (diskFull) {
            throw new IOException("No space left on device");
        }
    }

    @Override
    protected void beforeWrite(String file, long position, int length) throws IOException {
        check();
    }

    @Override
    protected void beforeTruncate(String file, long size) throws IOException {
        check();
    }

    @Override
    protected void beforeForce(String file) throws IOException {
        check();
        if (forceFails) {
            throw new IOException("Input/output error");
        }
    }
}
