package app.microlead.export.imports;

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
                throw new ImportException(file.getFileName() + " is larger than 50 MB; refused.");
            }
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new ImportException(file.getFileName() + " is not valid JSON"
                    + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + ". Nothing was imported.", e);
        } catch (IOException e) {
            throw new ImportException("Microlead cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new ImportException(file.getFileName() + " is not a jrnl export: it has no \"entries\" list."
                    + " Export with: jrnl --export json > journal.json");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new ImportException(file.getFileName() + " holds " + entries.size() + " entries; more than "
                    + MAX_ENTRIES + " are refused.");
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
                throw new ImportException(file.getFileName() + ", entry " + (i + 1) + ": the date \"" + date
                        + "\" is missing or not a date (yyyy-mm-dd). Nothing was imported.");
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
                throw new ImportException("The entries of " + d.getKey() + " are longer than a day may be.");
            }
            out.add(new Entry(d.getKey(), text, null, null, new ArrayList<>(tags.getOrDefault(d.getKey(), new TreeSet<>())),
                    List.of(), null, null));
        }
        return out;
    }
}
