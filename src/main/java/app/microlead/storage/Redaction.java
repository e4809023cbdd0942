package app.microlead.storage;

import java.util.regex.Pattern;

/**
 * Keeps journal text out of logs and error messages. The database puts the values of a failed
 * statement into its error messages (a tag that was too long, the day of a duplicate row, the
 * statement itself); those are cut out before a message is written to a log file or shown.
 */
public final class Redaction {

    /** A quoted SQL literal, with '' for a quote inside it; also one cut off at the end of its line. */
    private static final Pattern LITERAL = Pattern.compile("'[^'\\n]*+(?:''[^'\\n]*+)*+(?:'|$)", Pattern.MULTILINE);
    /** H2 appends the statement after "; SQL statement:" up to its error code "[22001-252]". */
    private static final Pattern STATEMENT = Pattern.compile("SQL statement:.*?(\\[\\d+-\\d+]|$)", Pattern.DOTALL);

    private Redaction() {
    }

    /** {@code text} with every quoted value and every SQL statement replaced by "…". */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String s = STATEMENT.matcher(text).replaceAll(m -> "SQL statement: … " + m.group(1).replace("$", "\\$"));
        return LITERAL.matcher(s).replaceAll("'…'");
    }
}
