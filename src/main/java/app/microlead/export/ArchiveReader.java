package app.microlead.export;

import static app.microlead.common.I18n.t;

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
            throw new ImportException(t("export.archive.no.file", file));
        } catch (IOException e) {
            throw new ImportException(t("export.import.cannot.read", file, e.getMessage()), e);
        }
        if (size > MAX_BYTES) {
            throw new ImportException(t("export.archive.too.big", file.getFileName(), size / (1024 * 1024),
                    MAX_BYTES / (1024 * 1024)));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new ImportException(t("export.import.cannot.read", file, e.getMessage()), e);
        }
    }

    static Archive parse(InputStream in, String name) throws ImportException {
        Archive a;
        try {
            a = mapper().readValue(in, Archive.class);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String detail = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ImportException(loc == null ? t("export.archive.unreadable", name, detail)
                    : t("export.archive.unreadable.at", name, String.valueOf(loc.getLineNr()),
                            String.valueOf(loc.getColumnNr()), detail), e);
        } catch (IOException e) {
            throw new ImportException(t("export.import.cannot.read", name, e.getMessage()), e);
        }
        validate(a, name);
        return a;
    }

    static void validate(Archive a, String name) throws ImportException {
        if (a == null || !Archive.FORMAT.equals(a.format())) {
            throw new ImportException(a == null || a.format() == null ? t("export.archive.no.format", name)
                    : t("export.archive.wrong.format", name, a.format()));
        }
        if (a.version() > Archive.VERSION) {
            throw new ImportException(t("export.archive.newer", name, String.valueOf(a.version()),
                    String.valueOf(Archive.VERSION)));
        }
        if (a.version() < 1) {
            throw new ImportException(t("export.archive.unknown.version", name, String.valueOf(a.version())));
        }
        if (a.entries() == null || a.habits() == null || a.assessments() == null || a.prompts() == null) {
            throw new ImportException(t("export.archive.incomplete", name));
        }
        if (a.entries().size() > MAX_ENTRIES) {
            throw new ImportException(t("export.archive.too.many.days", name, a.entries().size(), MAX_ENTRIES));
        }
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < a.entries().size(); i++) {
            Archive.EntryData d = a.entries().get(i);
            String where = t("export.archive.where.entry", name, i + 1);
            if (d.date() == null) {
                throw new ImportException(t("export.archive.entry.no.date", where));
            }
            if (!days.add(d.date())) {
                throw new ImportException(t("export.archive.entry.twice", where, d.date().toString()));
            }
            if (d.text() != null && d.text().length() > Entry.MAX_TEXT_CHARS) {
                throw new ImportException(t("export.archive.entry.too.long", where, d.date().toString()));
            }
            try {
                toEntry(d);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ImportException(t("export.archive.entry.invalid", where, d.date().toString(), e.getMessage()), e);
            }
        }
        Set<Long> habitIds = new HashSet<>();
        for (Archive.HabitData h : a.habits()) {
            String where = t("export.archive.where.habit", name, h.name());
            if (!habitIds.add(h.id())) {
                throw new ImportException(t("export.archive.habit.id.twice", where, String.valueOf(h.id())));
            }
            if (h.name() == null || h.name().isBlank() || h.startDate() == null || h.checkIns() == null) {
                throw new ImportException(t("export.archive.habit.incomplete", where));
            }
            try {
                Schedule.parse(h.schedule());
                if (h.pillar() != null) {
                    Pillar.valueOf(h.pillar());
                }
                Set<LocalDate> seen = new HashSet<>();
                for (Archive.CheckInData c : h.checkIns()) {
                    if (c.date() == null || !seen.add(c.date())) {
                        throw new IllegalArgumentException(t("export.archive.checkin.date"));
                    }
                    new CheckIn(h.id(), c.date(), CheckIn.State.valueOf(String.valueOf(c.state())), c.note());
                }
            } catch (IllegalArgumentException e) {
                throw new ImportException(t("export.archive.invalid", where, e.getMessage()), e);
            }
        }
        for (Archive.SessionData s : a.assessments()) {
            String where = t("export.archive.where.assessment", name, String.valueOf(s.id()));
            if (s.startedAt() == null || s.bankId() == null || s.likert() == null || s.scenarios() == null) {
                throw new ImportException(t("export.archive.assessment.incomplete", where));
            }
            for (Map.Entry<String, Integer> e : s.likert().entrySet()) {
                if (e.getValue() == null || e.getValue() < Answers.NO_OPPORTUNITY || e.getValue() > 5) {
                    throw new ImportException(t("export.archive.assessment.answer", where, e.getKey(),
                            String.valueOf(e.getValue())));
                }
            }
            if (s.planHabitId() != null && !habitIds.contains(s.planHabitId())) {
                throw new ImportException(t("export.archive.assessment.plan", where, String.valueOf(s.planHabitId())));
            }
        }
        validateWeeklyReviews(a, name);
    }

    private static void validateWeeklyReviews(Archive a, String name) throws ImportException {
        Set<LocalDate> weeks = new HashSet<>();
        for (Archive.WeeklyReviewData w : a.weeklyReviews()) {
            if (w == null || w.weekEnd() == null) {
                throw new ImportException(t("export.archive.review.no.week", name));
            }
            String where = t("export.archive.where.review", name, w.weekEnd().toString());
            if (!weeks.add(w.weekEnd())) {
                throw new ImportException(t("export.archive.review.twice", where));
            }
            if (length(w.wentWell()) > WeeklyReview.MAX_TEXT || length(w.differently()) > WeeklyReview.MAX_TEXT
                    || length(w.commitment()) > WeeklyReview.MAX_COMMITMENT || length(w.nextAction()) > 200) {
                throw new ImportException(t("export.archive.review.too.long", where));
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
