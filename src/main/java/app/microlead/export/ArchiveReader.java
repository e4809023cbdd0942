package app.microlead.export;

import app.microlead.assessment.Answers;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Schedule;
import app.microlead.insights.WeeklyReview;
import app.microlead.journal.Entry;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an archive and checks it completely before anything is imported: format and version,
 * required fields, value ranges, references between records, and size limits.
 */
public final class ArchiveReader {

    /** Files larger than this are refused (a year of daily writing is a few MB). */
    public static final long MAX_BYTES = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 200_000;

    private ArchiveReader() {
    }

    static ObjectMapper mapper() {
        // emoji and other characters beyond the BMP are written as themselves, not as escaped surrogates
        com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
        return new ObjectMapper(factory).registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public static Archive read(Path file) throws ImportException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ImportException("There is no file " + file + ".");
        } catch (IOException e) {
            throw new ImportException("Microlead cannot read " + file + ": " + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new ImportException(file.getFileName() + " is " + size / (1024 * 1024) + " MB; archives over "
                    + MAX_BYTES / (1024 * 1024) + " MB are refused. Is this the right file?");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new ImportException("Microlead cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Archive parse(InputStream in, String name) throws ImportException {
        Archive a;
        try {
            a = mapper().readValue(in, Archive.class);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new ImportException(name + " is not a readable Microlead archive" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ". The file may be damaged or cut short;"
                    + " export it again. Nothing was imported.", e);
        } catch (IOException e) {
            throw new ImportException("Microlead cannot read " + name + ": " + e.getMessage(), e);
        }
        validate(a, name);
        return a;
    }

    static void validate(Archive a, String name) throws ImportException {
        if (a == null || !Archive.FORMAT.equals(a.format())) {
            throw new ImportException(name + " is not a Microlead archive (its \"format\" is "
                    + (a == null ? "missing" : "\"" + a.format() + "\"") + "). Nothing was imported.");
        }
        if (a.version() > Archive.VERSION) {
            throw new ImportException(name + " was written by a newer Microlead (archive version " + a.version()
                    + "; this one reads up to " + Archive.VERSION + "). Update Microlead to import it.");
        }
        if (a.version() < 1) {
            throw new ImportException(name + " has an unknown archive version " + a.version() + ".");
        }
        if (a.entries() == null || a.habits() == null || a.assessments() == null || a.prompts() == null) {
            throw new ImportException(name + " lacks one of \"entries\", \"prompts\", \"habits\" or \"assessments\";"
                    + " it may have been cut short. Nothing was imported.");
        }
        if (a.entries().size() > MAX_ENTRIES) {
            throw new ImportException(name + " holds " + a.entries().size() + " days; more than " + MAX_ENTRIES
                    + " are refused.");
        }
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < a.entries().size(); i++) {
            Archive.EntryData d = a.entries().get(i);
            String where = name + ", entry " + (i + 1);
            if (d.date() == null) {
                throw new ImportException(where + " has no date. Nothing was imported.");
            }
            if (!days.add(d.date())) {
                throw new ImportException(where + ": the day " + d.date() + " appears twice. Nothing was imported.");
            }
            if (d.text() != null && d.text().length() > Entry.MAX_TEXT_CHARS) {
                throw new ImportException(where + " (" + d.date() + ") is longer than a day may be.");
            }
            try {
                toEntry(d);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ImportException(where + " (" + d.date() + "): " + e.getMessage() + ". Nothing was imported.", e);
            }
        }
        Set<Long> habitIds = new HashSet<>();
        for (Archive.HabitData h : a.habits()) {
            String where = name + ", habit \"" + h.name() + "\"";
            if (!habitIds.add(h.id())) {
                throw new ImportException(where + ": id " + h.id() + " is used twice. Nothing was imported.");
            }
            if (h.name() == null || h.name().isBlank() || h.startDate() == null || h.checkIns() == null) {
                throw new ImportException(where + " needs a name, a start date and a list of check-ins.");
            }
            try {
                Schedule.parse(h.schedule());
                if (h.pillar() != null) {
                    Pillar.valueOf(h.pillar());
                }
                Set<LocalDate> seen = new HashSet<>();
                for (Archive.CheckInData c : h.checkIns()) {
                    if (c.date() == null || !seen.add(c.date())) {
                        throw new IllegalArgumentException("a check-in has no date or its date appears twice");
                    }
                    new CheckIn(h.id(), c.date(), CheckIn.State.valueOf(String.valueOf(c.state())), c.note());
                }
            } catch (IllegalArgumentException e) {
                throw new ImportException(where + ": " + e.getMessage() + ". Nothing was imported.", e);
            }
        }
        for (Archive.SessionData s : a.assessments()) {
            String where = name + ", self-assessment " + s.id();
            if (s.startedAt() == null || s.bankId() == null || s.likert() == null || s.scenarios() == null) {
                throw new ImportException(where + " is incomplete (start time, bank or answers missing).");
            }
            for (Map.Entry<String, Integer> e : s.likert().entrySet()) {
                if (e.getValue() == null || e.getValue() < Answers.NO_OPPORTUNITY || e.getValue() > 5) {
                    throw new ImportException(where + ": answer " + e.getKey() + " = " + e.getValue()
                            + " is outside 0–5. Nothing was imported.");
                }
            }
            if (s.planHabitId() != null && !habitIds.contains(s.planHabitId())) {
                throw new ImportException(where + " refers to habit " + s.planHabitId()
                        + ", which is not in the archive. Nothing was imported.");
            }
        }
        validateWeeklyReviews(a, name);
    }

    private static void validateWeeklyReviews(Archive a, String name) throws ImportException {
        Set<LocalDate> weeks = new HashSet<>();
        for (Archive.WeeklyReviewData w : a.weeklyReviews()) {
            if (w == null || w.weekEnd() == null) {
                throw new ImportException(name + ": a weekly review has no \"weekEnd\". Nothing was imported.");
            }
            String where = name + ", weekly review of the week ending " + w.weekEnd();
            if (!weeks.add(w.weekEnd())) {
                throw new ImportException(where + " appears twice. Nothing was imported.");
            }
            if (length(w.wentWell()) > WeeklyReview.MAX_TEXT || length(w.differently()) > WeeklyReview.MAX_TEXT
                    || length(w.commitment()) > WeeklyReview.MAX_COMMITMENT || length(w.nextAction()) > 200) {
                throw new ImportException(where + " has an answer longer than a review may hold. Nothing was imported.");
            }
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }

    static Entry toEntry(Archive.EntryData d) {
        List<Entry.PromptAnswer> answers = d.answers() == null ? List.of() : d.answers().stream()
                .map(x -> new Entry.PromptAnswer(x.promptId(), x.promptText(), x.answer())).toList();
        return new Entry(d.date(), d.text(), d.mood(), d.energy(), d.tags(), answers, d.createdAt(), d.updatedAt());
    }
}
