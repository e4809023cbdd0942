package app.microlead.export.imports;

import static app.microlead.common.I18n.t;

import app.microlead.export.ImportException;
import app.microlead.journal.Entry;
import app.microlead.journal.Texts;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a RedNotebook data folder: one YAML file per month ({@code YYYY-MM.txt}) mapping the day of
 * the month to {@code {text: ..., <Category>: {<entry>: null}, ...}}. The day's text is kept; every
 * category becomes a tag, and category entries are added below the text as "- Category: entry".
 */
public final class RedNotebookImporter {

    private static final Pattern MONTH_FILE = Pattern.compile("(\\d{4})-(\\d{2})\\.txt");
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private RedNotebookImporter() {
    }

    public static List<Entry> read(Path dir) throws ImportException {
        if (!Files.isDirectory(dir)) {
            throw new ImportException(t("export.rednotebook.not.folder", dir));
        }
        List<Path> months = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path p : ds) {
                if (MONTH_FILE.matcher(p.getFileName().toString()).matches()) {
                    months.add(p);
                }
            }
        } catch (IOException e) {
            throw new ImportException(t("export.rednotebook.cannot.read.folder", dir, e.getMessage()), e);
        }
        if (months.isEmpty()) {
            throw new ImportException(t("export.rednotebook.no.months", dir));
        }
        months.sort(Comparator.comparing(p -> p.getFileName().toString()));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Entry> out = new ArrayList<>();
        for (Path file : months) {
            Matcher m = MONTH_FILE.matcher(file.getFileName().toString());
            m.matches();
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            Map<?, ?> days;
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    throw new ImportException(t("export.rednotebook.too.big", file.getFileName(),
                            MAX_FILE_BYTES / (1024 * 1024)));
                }
                days = yaml.readValue(file.toFile(), Map.class);
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation();
                String detail = e.getOriginalMessage().lines().findFirst().orElse("");
                throw new ImportException(loc == null ? t("export.rednotebook.invalid", file.getFileName(), detail)
                        : t("export.rednotebook.invalid.at", file.getFileName(), String.valueOf(loc.getLineNr()),
                                String.valueOf(loc.getColumnNr()), detail), e);
            } catch (IOException e) {
                throw new ImportException(t("export.import.cannot.read", file, e.getMessage()), e);
            }
            if (days == null) {
                continue;
            }
            for (Map.Entry<?, ?> day : days.entrySet()) {
                out.add(dayEntry(file, year, month, day.getKey(), day.getValue()));
            }
        }
        out.removeIf(e -> e.isBlank());
        out.sort(Comparator.comparing(Entry::date));
        return out;
    }

    private static Entry dayEntry(Path file, int year, int month, Object key, Object value) throws ImportException {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, Integer.parseInt(String.valueOf(key)));
        } catch (NumberFormatException | DateTimeException e) {
            throw new ImportException(t("export.rednotebook.bad.day", file.getFileName(), String.valueOf(key),
                    String.format("%d-%02d", year, month)));
        }
        StringBuilder text = new StringBuilder();
        TreeSet<String> tags = new TreeSet<>();
        if (value instanceof Map<?, ?> fields) {
            Object t = fields.get("text");
            if (t != null) {
                text.append(String.valueOf(t).strip());
            }
            List<String> lines = new ArrayList<>();
            for (Map.Entry<?, ?> f : fields.entrySet()) {
                String name = String.valueOf(f.getKey());
                if (name.equals("text")) {
                    continue;
                }
                String tag = Texts.normalizeTag(name);
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
                if (f.getValue() instanceof Map<?, ?> items) {
                    items.keySet().forEach(i -> lines.add("- " + name + ": " + i));
                } else if (f.getValue() instanceof List<?> items) {
                    items.forEach(i -> lines.add("- " + name + ": " + i));
                } else if (f.getValue() != null) {
                    lines.add("- " + name + ": " + f.getValue());
                }
            }
            if (!lines.isEmpty()) {
                text.append(text.length() > 0 ? "\n\n" : "").append(String.join("\n", lines));
            }
        } else if (value != null) {
            text.append(String.valueOf(value).strip());
        }
        if (text.length() > Entry.MAX_TEXT_CHARS) {
            throw new ImportException(t("export.rednotebook.day.too.long", date.toString()));
        }
        return new Entry(date, text.toString(), null, null, new ArrayList<>(tags), List.of(), null, null);
    }
}
