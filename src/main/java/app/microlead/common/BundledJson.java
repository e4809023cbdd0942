package app.microlead.common;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the JSON files that ship inside the app (the micro-action catalogue, the prompt library, the
 * question bank) into records, with jackson-jr: these are read while the journal opens, and jackson-jr
 * is already loaded by then for the preferences, where databind would load some 450 classes more
 * (about a quarter of a second on a small machine) before the first view can show its data.
 * Properties a record does not have are skipped, so a newer file still reads.
 */
public final class BundledJson {

    private static final JSON READER = JSON.std.without(JSON.Feature.FAIL_ON_UNKNOWN_BEAN_PROPERTY);

    private BundledJson() {
    }

    /** The JSON in {@code in} as a {@code type}, or null when it is the literal {@code null}. */
    public static <T> T read(Class<T> type, InputStream in) throws IOException {
        return READER.beanFrom(type, in);
    }
}
