package app.microlead.export.imports;

import static app.microlead.common.I18n.t;

import app.microlead.export.ImportException;
import app.microlead.export.ImportProblems;
import app.microlead.journal.Entry;
import app.microlead.journal.Texts;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a RedNotebook data folder: one YAML file per month ({@code YYYY-MM.txt}) mapping the day of
 * the month to {@code {text: ..., <Category>: {<entry>: null}, ...}}. The day's text is kept; every
 * category becomes a tag, and category entries are added below the text as "- Category: entry".
 *
 * <p>Files are read as RedNotebook reads them (PyYAML's {@code yaml.load}): one YAML document per
 * file. Where RedNotebook would lose data or fail, the import is refused with the place named: a
 * day written twice in a month (PyYAML would keep the last and drop the first without a word), a
 * second document in a file (RedNotebook cannot load such a month), a file that is not a regular
 * file (a pipe named like a month would block the import; it is never opened).
 */
public final class RedNotebookImporter {

    private static final Pattern MONTH_FILE = Pattern.compile("(\\d{4})-(\\d{2})\\.txt");
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final ImportProblems.Source RN = ImportProblems.Source.REDNOTEBOOK;

    private RedNotebookImporter() {
    }

    public static List<Entry> read(Path dir) throws ImportException {
        if (!Files.isDirectory(dir)) {
            throw new ImportException(ImportException.Kind.FILE, t("export.rednotebook.not.folder", dir));
        }
        List<Path> months = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path p : ds) {
                if (MONTH_FILE.matcher(p.getFileName().toString()).matches()) {
                    months.add(p);
                }
            }
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.FILE, t("export.rednotebook.cannot.read.folder", dir), e);
        }
        if (months.isEmpty()) {
            throw new ImportException(ImportException.Kind.FILE, t("export.rednotebook.no.months", dir));
        }
        months.sort(Comparator.comparing(p -> p.getFileName().toString()));
        ObjectMapper yaml = new ObjectMapper(factory());
        List<Entry> out = new ArrayList<>();
        for (Path file : months) {
            Matcher m = MONTH_FILE.matcher(file.getFileName().toString());
            m.matches();
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            String name = file.getFileName().toString();
            if (year < 1 || month < 1 || month > 12) {
                throw ImportProblems.content(RN, name, t("export.rednotebook.bad.month"));
            }
            ImportProblems.requireRegularFile(file);
            Object days = readMonth(yaml, file);
            if (days == null) {
                continue;
            }
            if (!(days instanceof Map<?, ?> map)) {
                throw ImportProblems.content(RN, name, t("export.rednotebook.not.days"));
            }
            Set<LocalDate> seen = new HashSet<>();
            for (Map.Entry<?, ?> day : map.entrySet()) {
                Entry e = dayEntry(name, year, month, day.getKey(), day.getValue());
                if (!seen.add(e.date())) { // keys such as 5 and "05" name the same day
                    throw ImportProblems.content(RN, name, t("export.check.twice.day", e.date().toString()));
                }
                out.add(e);
            }
        }
        out.removeIf(e -> e.isBlank());
        out.sort(Comparator.comparing(Entry::date));
        return out;
    }

    /** SnakeYAML's limits raised to the file limit (its 3 MB default refused valid months). */
    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        return YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength((int) MAX_FILE_BYTES).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The month's one document, or null for an empty file; a second document is refused. */
    private static Object readMonth(ObjectMapper yaml, Path file) throws ImportException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportException(ImportException.Kind.FILE, t("export.rednotebook.too.big", name,
                        MAX_FILE_BYTES / (1024 * 1024)));
            }
            try (InputStream in = Files.newInputStream(file);
                 JsonParser p = yaml.getFactory().createParser(in);
                 MappingIterator<Object> docs = yaml.readValues(p, Object.class)) {
                Object first = docs.hasNextValue() ? docs.nextValue() : null;
                if (docs.hasNextValue()) {
                    JsonLocation at = p.currentTokenLocation();
                    throw ImportProblems.content(RN, t("export.where.line", name, at.getLineNr(),
                            Math.max(at.getColumnNr(), 1)), t("export.rednotebook.two.documents"));
                }
                return first;
            }
        } catch (JsonProcessingException e) {
            throw ImportProblems.syntax(RN, name, e);
        } catch (RuntimeJsonMappingException e) {
            throw e.getCause() instanceof JsonProcessingException j ? ImportProblems.syntax(RN, name, j)
                    : ImportProblems.content(RN, name, t("export.syntax.broken.yaml"));
        } catch (IOException e) {
            throw ImportProblems.cannotRead(file, e);
        }
    }

    private static Entry dayEntry(String file, int year, int month, Object key, Object value) throws ImportException {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, Integer.parseInt(String.valueOf(key)));
        } catch (NumberFormatException | DateTimeException e) {
            throw ImportProblems.content(RN, file, t("export.rednotebook.bad.day", ImportProblems.shown(key),
                    String.format("%04d-%02d", year, month)));
        }
        String where = file + ", " + date;
        StringBuilder text = new StringBuilder();
        TreeSet<String> tags = new TreeSet<>();
        if (value instanceof Map<?, ?> fields) {
            Object t = fields.get("text");
            if (t != null) {
                text.append(scalar(where, "text", t).strip());
            }
            List<String> lines = new ArrayList<>();
            for (Map.Entry<?, ?> f : fields.entrySet()) {
                String name = scalar(where, "category", f.getKey());
                if (name.equals("text")) {
                    continue;
                }
                String tag = Texts.tagForm(name);
                if (tag.length() > Texts.MAX_TAG_LENGTH) {
                    throw ImportProblems.content(RN, where, t("export.check.too.long", "category", tag.length(),
                            Texts.MAX_TAG_LENGTH));
                }
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
                if (f.getValue() instanceof Map<?, ?> items) {
                    for (Object i : items.keySet()) {
                        lines.add("- " + name + ": " + scalar(where, "category", i));
                    }
                } else if (f.getValue() instanceof List<?> items) {
                    for (Object i : items) {
                        lines.add("- " + name + ": " + scalar(where, "category", i));
                    }
                } else if (f.getValue() != null) {
                    lines.add("- " + name + ": " + scalar(where, "category", f.getValue()));
                }
            }
            if (!lines.isEmpty()) {
                text.append(text.length() > 0 ? "\n\n" : "").append(String.join("\n", lines));
            }
        } else if (value != null) {
            text.append(scalar(where, "text", value).strip());
        }
        if (text.length() > Entry.MAX_TEXT_CHARS) {
            throw ImportProblems.content(RN, where, t("export.check.day.too.long", text.length(), Entry.MAX_TEXT_CHARS));
        }
        return new Entry(date, text.toString(), null, null, new ArrayList<>(tags), List.of(), null, null);
    }

    /** A text, number or true/false as text; a list or mapping where text belongs is refused. */
    private static String scalar(String where, String field, Object value) throws ImportException {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw ImportProblems.content(RN, where, t("export.check.not.text", field));
        }
        String s = String.valueOf(value);
        ImportProblems.requireValidText(RN, where, field, s);
        return s;
    }
}
