package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import errors in people's words: what is wrong, where (file, line and column, or which record) and
 * what to do. A library's or the system's own message never reaches a person (it names classes and
 * may quote journal text); only short, structural values (dates, numbers, field names) are shown.
 */
public final class ImportProblems {

    /** The kind of file, for the advice at the end of a message. */
    public enum Source { ARCHIVE, JRNL, REDNOTEBOOK }

    /** The days Microlead can show and export (reflections, habit start dates, check-ins). */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,60})'");
    private static final int SHOWN_CHARS = 30;

    private ImportProblems() {
    }

    /** "{where}: {what} {advice}" for a file that was read but holds something Microlead refuses. */
    public static ImportException content(Source source, String where, String what) {
        return new ImportException(ImportException.Kind.CONTENT, t("export.problem", where, what, advice(source)));
    }

    /** The advice that ends every message about {@code source}. */
    public static String advice(Source source) {
        return t("export.advice." + source.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Refuses anything but a readable regular file before it is opened: a pipe (FIFO) or device named
     * like a journal file would block the import for good, and a folder cannot be read as a file.
     */
    public static void requireRegularFile(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new ImportException(ImportException.Kind.FILE, t("export.file.folder", name));
        }
        if (!Files.exists(file)) {
            throw new ImportException(ImportException.Kind.FILE, t("export.file.missing", file));
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(ImportException.Kind.FILE, t("export.file.special", name));
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(ImportException.Kind.FILE, t("export.file.denied", name));
        }
    }

    /** A file that could not be read, in words; the system's message is not shown (it is for developers). */
    public static ImportException cannotRead(Path file, IOException e) {
        String name = String.valueOf(file.getFileName());
        if (e instanceof CharConversionException || e instanceof CharacterCodingException) {
            return new ImportException(ImportException.Kind.SYNTAX, t("export.file.not.utf8", name), e);
        }
        String key = e instanceof NoSuchFileException ? "export.file.missing"
                : e instanceof AccessDeniedException ? "export.file.denied" : "export.file.unreadable";
        return new ImportException(ImportException.Kind.FILE, t(key, key.equals("export.file.missing") ? file : name), e);
    }

    /** A file that is not well-formed JSON or YAML, or holds a value of the wrong kind. */
    public static ImportException syntax(Source source, String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 1 ? name
                : t("export.where.line", name, loc.getLineNr(), Math.max(loc.getColumnNr(), 1));
        String path = e instanceof JsonMappingException m ? place(m.getPath()) : "";
        if (!path.isEmpty()) {
            where = where + " (" + path + ")";
        }
        JsonProcessingException cause = e; // databind wraps what the parser found (a cut, a field twice)
        while (cause instanceof JsonMappingException && cause.getCause() instanceof JsonProcessingException inner) {
            cause = inner;
        }
        return new ImportException(ImportException.Kind.SYNTAX, t("export.problem", where, what(source, cause),
                advice(source)), e);
    }

    private static String what(Source source, JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return t("export.syntax.too.big");
        }
        if (e instanceof JsonEOFException) {
            return t("export.syntax.cut");
        }
        if (e instanceof JsonParseException) {
            Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (m.find()) {
                return source == Source.REDNOTEBOOK && topLevel(e)
                        ? t("export.syntax.duplicate.day", m.group(1))
                        : t("export.syntax.duplicate", m.group(1));
            }
            if (String.valueOf(e.getOriginalMessage()).contains("UTF-8")) {
                return t("export.syntax.not.utf8");
            }
            return t(source == Source.REDNOTEBOOK ? "export.syntax.broken.yaml" : "export.syntax.broken.json");
        }
        if (e instanceof InvalidFormatException f) {
            return t("export.syntax.value", shown(f.getValue()), expected(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return t("export.syntax.type", expected(m.getTargetType()));
        }
        return t("export.syntax.wrong.kind");
    }

    /** True when a duplicate key was found in the outermost mapping (a RedNotebook month's days). */
    private static boolean topLevel(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null
                && p.getParsingContext().getParent() != null && p.getParsingContext().getParent().inRoot();
    }

    /** Refuses a day Microlead cannot show or export. */
    public static void requireShownDay(Source source, String where, LocalDate day) throws ImportException {
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw content(source, where, t("export.check.day.range", "date", day.toString()));
        }
    }

    /** Refuses text with a lone surrogate (half of a character pair): it would be stored as "?". */
    public static void requireValidText(Source source, String where, String field, String text)
            throws ImportException {
        int broken = brokenCharAt(text);
        if (broken >= 0) {
            throw content(source, where, t("export.check.broken.char", field, broken + 1));
        }
    }

    /** A JSON path in words: "entry 4, "mood"". */
    static String place(List<JsonMappingException.Reference> path) {
        List<String> parts = new ArrayList<>();
        String list = null;
        for (JsonMappingException.Reference r : path) {
            if (r.getIndex() >= 0) {
                String key = "export.place." + (list == null ? "item" : list);
                parts.add(t(I18n.has(key) ? key : "export.place.item", r.getIndex() + 1));
                list = null;
            } else if (r.getFieldName() != null) {
                if (list != null) {
                    parts.add(t("export.place.field", shortText(list)));
                }
                list = r.getFieldName();
            }
        }
        if (list != null) {
            parts.add(t("export.place.field", shortText(list)));
        }
        return String.join(", ", parts);
    }

    /** What a value should have been, in words. */
    static String expected(Class<?> type) {
        String key;
        if (type == LocalDate.class) {
            key = "date";
        } else if (type == Instant.class) {
            key = "time";
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            key = "number";
        } else if (type == Boolean.class || type == boolean.class) {
            key = "boolean";
        } else if (type == String.class || type == Character.class) {
            key = "text";
        } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            key = "list";
        } else {
            key = Map.class.isAssignableFrom(type) || type.isRecord() ? "object" : "other";
        }
        return t("export.type." + key);
    }

    /** A short value for a message: numbers as they are, text quoted and cut, broken characters replaced. */
    public static String shown(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return "\"" + shortText(String.valueOf(value)) + "\"";
    }

    private static String shortText(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (; i < s.length() && b.length() < SHOWN_CHARS; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) || Character.isISOControl(c) ? '\uFFFD' : c);
            }
        }
        return i < s.length() ? b + "…" : b.toString();
    }

    /** The index of the first lone surrogate (half of a character pair), or -1 when the text is valid Unicode. */
    public static int brokenCharAt(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
