package app.microlead.export.imports;

import static app.microlead.common.I18n.t;

import app.microlead.export.Archive;
import app.microlead.export.ImportException;
import app.microlead.export.ImportProblems;
import app.microlead.journal.Entry;
import app.microlead.journal.Texts;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads jrnl's JSON export ({@code jrnl --export json}): entries with date, time, title, body and
 * tags. Several entries of one day become one reflection, in time order, each as
 * "## HH:MM Title" followed by its body; jrnl's tags (with their leading '@') become our tags.
 * Every value is checked first; nothing is cut, rounded or replaced.
 */
public final class JrnlImporter {

    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 200_000;
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?( ?[AaPp][Mm])?");
    private static final ImportProblems.Source JRNL = ImportProblems.Source.JRNL;

    private JrnlImporter() {
    }

    public static List<Entry> read(Path file) throws ImportException {
        ImportProblems.requireRegularFile(file);
        String name = String.valueOf(file.getFileName());
        JsonNode root;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportException(ImportException.Kind.FILE, t("export.jrnl.too.big", name,
                        MAX_FILE_BYTES / (1024 * 1024)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                root = mapper().readTree(in);
            }
        } catch (JsonProcessingException e) {
            throw ImportProblems.syntax(JRNL, name, e);
        } catch (IOException e) {
            throw ImportProblems.cannotRead(file, e);
        }
        if (root != null && Archive.FORMAT.equals(root.path("format").asText(null))) {
            throw new ImportException(ImportException.Kind.CONTENT, t("export.jrnl.is.archive", name));
        }
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw ImportProblems.content(JRNL, name, t("export.jrnl.no.entries"));
        }
        if (entries.size() > MAX_ENTRIES) {
            throw ImportProblems.content(JRNL, name, t("export.check.too.many", entries.size(), MAX_ENTRIES));
        }
        Map<LocalDate, TreeMap<String, String>> byDay = new TreeMap<>();
        Map<LocalDate, TreeSet<String>> tags = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String where = name + ", " + t("export.place.entries", i + 1);
            if (!e.isObject()) {
                throw ImportProblems.content(JRNL, where, t("export.check.not.object"));
            }
            LocalDate day = date(where, e.get("date"));
            where = t("export.where.entry", name, i + 1, day.toString());
            String time = text(where, e, "time", "00:00");
            if (!TIME.matcher(time).matches()) {
                throw ImportProblems.content(JRNL, where, t("export.jrnl.bad.time", ImportProblems.shown(time)));
            }
            if (!e.has("title") && !e.has("body")) {
                throw ImportProblems.content(JRNL, where, t("export.jrnl.no.text"));
            }
            String title = text(where, e, "title", "").strip();
            String body = text(where, e, "body", "").strip();
            String part = "## " + time + (title.isEmpty() ? "" : " " + title) + (body.isEmpty() ? "" : "\n\n" + body);
            byDay.computeIfAbsent(day, d -> new TreeMap<>()).merge(time + "#" + i, part, (a, b) -> a + "\n\n" + b);
            for (String tag : tags(where, e.get("tags"))) {
                tags.computeIfAbsent(day, d -> new TreeSet<>()).add(tag);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<LocalDate, TreeMap<String, String>> d : byDay.entrySet()) {
            String text = String.join("\n\n", d.getValue().values());
            if (text.length() > Entry.MAX_TEXT_CHARS) {
                throw ImportProblems.content(JRNL, name + ", " + d.getKey(), t("export.check.day.too.long",
                        text.length(), Entry.MAX_TEXT_CHARS));
            }
            out.add(new Entry(d.getKey(), text, null, null, new ArrayList<>(tags.getOrDefault(d.getKey(), new TreeSet<>())),
                    List.of(), null, null));
        }
        return out;
    }

    private static ObjectMapper mapper() {
        JsonFactory f = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength((int) MAX_FILE_BYTES).build())
                .build();
        return JsonMapper.builder(f).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    private static LocalDate date(String where, JsonNode node) throws ImportException {
        if (node == null || !node.isTextual()) {
            throw ImportProblems.content(JRNL, where, t("export.jrnl.bad.date",
                    node == null ? "" : ImportProblems.shown(node.isTextual() ? node.asText() : node.toString())));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(node.asText());
        } catch (DateTimeException ex) {
            throw ImportProblems.content(JRNL, where, t("export.jrnl.bad.date", ImportProblems.shown(node.asText())));
        }
        ImportProblems.requireShownDay(JRNL, where, day);
        return day;
    }

    /** An optional text field: absent or null gives {@code absent}; a number, list or object is refused. */
    private static String text(String where, JsonNode entry, String field, String absent) throws ImportException {
        JsonNode n = entry.get(field);
        if (n == null || n.isNull()) {
            return absent;
        }
        if (!n.isTextual()) {
            throw ImportProblems.content(JRNL, where, t("export.check.not.text", field));
        }
        ImportProblems.requireValidText(JRNL, where, field, n.asText());
        return n.asText();
    }

    private static List<String> tags(String where, JsonNode node) throws ImportException {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw ImportProblems.content(JRNL, where, t("export.check.not.list", "tags"));
        }
        for (int j = 0; j < node.size(); j++) {
            JsonNode t = node.get(j);
            String at = where + ", " + t("export.place.tags", j + 1);
            if (!t.isTextual()) {
                throw ImportProblems.content(JRNL, at, t("export.check.not.text", "tags"));
            }
            ImportProblems.requireValidText(JRNL, at, "tags", t.asText());
            String tag = Texts.tagForm(t.asText().strip().replaceFirst("^@", ""));
            if (tag.length() > Texts.MAX_TAG_LENGTH) {
                throw ImportProblems.content(JRNL, at, t("export.check.too.long", "tags", tag.length(),
                        Texts.MAX_TAG_LENGTH));
            }
            if (!tag.isEmpty()) {
                out.add(tag);
            }
        }
        return out;
    }
}
