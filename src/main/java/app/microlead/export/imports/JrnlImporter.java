package app.microlead.export.imports;

import static app.microlead.common.I18n.t;

import app.microlead.export.ImportException;
import app.microlead.journal.Entry;
import app.microlead.journal.Texts;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads jrnl's JSON export ({@code jrnl --export json}): entries with date, time, title, body and
 * tags. Several entries of one day become one reflection, in time order, each as
 * "## HH:MM Title" followed by its body; jrnl's tags (with their leading '@') become our tags.
 */
public final class JrnlImporter {

    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 200_000;

    private JrnlImporter() {
    }

    public static List<Entry> read(Path file) throws ImportException {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportException(t("export.jrnl.too.big", file.getFileName(), MAX_FILE_BYTES / (1024 * 1024)));
            }
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String detail = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ImportException(loc == null ? t("export.jrnl.invalid", file.getFileName(), detail)
                    : t("export.jrnl.invalid.at", file.getFileName(), String.valueOf(loc.getLineNr()),
                            String.valueOf(loc.getColumnNr()), detail), e);
        } catch (IOException e) {
            throw new ImportException(t("export.import.cannot.read", file, e.getMessage()), e);
        }
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new ImportException(t("export.jrnl.no.entries", file.getFileName()));
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new ImportException(t("export.jrnl.too.many", file.getFileName(), entries.size(), MAX_ENTRIES));
        }
        Map<LocalDate, TreeMap<String, String>> byDay = new TreeMap<>();
        Map<LocalDate, TreeSet<String>> tags = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String date = e.path("date").asText("");
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeException ex) {
                throw new ImportException(t("export.jrnl.bad.date", file.getFileName(), i + 1, date));
            }
            String time = e.path("time").asText("00:00");
            String title = e.path("title").asText("").strip();
            String body = e.path("body").asText("").strip();
            String part = "## " + time + (title.isEmpty() ? "" : " " + title) + (body.isEmpty() ? "" : "\n\n" + body);
            byDay.computeIfAbsent(day, d -> new TreeMap<>()).merge(time + "#" + i, part, (a, b) -> a + "\n\n" + b);
            for (JsonNode t : e.path("tags")) {
                String tag = Texts.normalizeTag(t.asText("").replaceFirst("^@", ""));
                if (!tag.isEmpty()) {
                    tags.computeIfAbsent(day, d -> new TreeSet<>()).add(tag);
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<LocalDate, TreeMap<String, String>> d : byDay.entrySet()) {
            String text = String.join("\n\n", d.getValue().values());
            if (text.length() > Entry.MAX_TEXT_CHARS) {
                throw new ImportException(t("export.jrnl.day.too.long", d.getKey().toString()));
            }
            out.add(new Entry(d.getKey(), text, null, null, new ArrayList<>(tags.getOrDefault(d.getKey(), new TreeSet<>())),
                    List.of(), null, null));
        }
        return out;
    }
}
