package app.microlead.storage;

/**
 * The JVM-wide settings H2 reads once, when it is first used: applied by the launcher first thing, and by
 * {@link Database} as it loads (tests, the command line), each time only where not given already.
 */
public final class H2Settings {

    /** H2's object cache: on by default. */
    static final String OBJECT_CACHE = "h2.objectCache";

    private H2Settings() {
    }

    /**
     * Turns H2's object cache off: H2 keeps every string a statement is handed in a cache of 1,024 slots,
     * whatever its length, so each saved text stayed in the heap until its slot was taken. Typing in a
     * 2 MB day kept a copy per autosave: the live heap grew by 2 MB a second (42 MB of such copies after
     * 20 s), and each growth step cost a full collection.
     */
    public static void apply() {
        if (System.getProperty(OBJECT_CACHE) == null) {
            System.setProperty(OBJECT_CACHE, "false");
        }
    }
}
