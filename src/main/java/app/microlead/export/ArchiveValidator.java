package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.assessment.Answers;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.people.OneOnOne;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import app.microlead.review.WeeklyReview;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every field of an archive against what the journal can store, show and export, before the
 * import's transaction begins: nothing is changed, shortened or rounded on the way in. See
 * docs/archive-format.md ("What an import accepts").
 */
final class ArchiveValidator {

    /** Days (reflections, habit start dates and check-ins): what the app shows and exports. */
    static final LocalDate FIRST_DAY = ImportProblems.FIRST_DAY;
    static final LocalDate LAST_DAY = ImportProblems.LAST_DAY;
    /** Weekly reviews and the record of prompts shown: the range the archive export covers. */
    static final LocalDate FIRST_WEEK = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_WEEK = LocalDate.of(2999, 12, 31);
    private static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END_INSTANT = LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    // column sizes of the database (db/migration)
    static final int ID_CHARS = 100;
    static final int TAG_CHARS = 100;
    static final int PROMPT_TEXT_CHARS = 2000;
    static final int HABIT_NAME_CHARS = 200;
    static final int HABIT_TEXT_CHARS = 1000;
    static final int BANK_VERSION_CHARS = 20;
    static final int QUESTION_ID_CHARS = 50;
    static final int NEXT_ACTION_CHARS = 200;
    static final int MAX_ENTRIES = 200_000;

    private final String file;

    private ArchiveValidator(String file) {
        this.file = file;
    }

    /** @throws ImportException of kind CONTENT naming the first problem found */
    static void validate(Archive a, String file) throws ImportException {
        new ArchiveValidator(file).archive(a);
    }

    private void archive(Archive a) throws ImportException {
        if (a == null || !Archive.FORMAT.equals(a.format())) {
            throw fail(file, a == null || a.format() == null ? t("export.check.no.format")
                    : t("export.check.wrong.format", ImportProblems.shown(a.format())));
        }
        if (a.version() > Archive.VERSION) {
            throw new ImportException(ImportException.Kind.CONTENT, t("export.archive.newer", file,
                    String.valueOf(a.version()), String.valueOf(Archive.VERSION)));
        }
        if (a.version() < 1) {
            throw fail(file, t("export.check.version", String.valueOf(a.version())));
        }
        for (String field : List.of("entries", "prompts", "habits", "assessments")) {
            Object value = switch (field) {
                case "entries" -> a.entries();
                case "prompts" -> a.prompts();
                case "habits" -> a.habits();
                default -> a.assessments();
            };
            if (value == null) {
                throw fail(file, t("export.check.missing", field));
            }
        }
        if (a.entries().size() > MAX_ENTRIES) {
            throw fail(file, t("export.check.too.many", a.entries().size(), MAX_ENTRIES));
        }
        entries(a.entries());
        prompts(a.prompts());
        Set<Long> personIds = people(a.people());
        Set<Long> habitIds = habits(a.habits(), personIds);
        assessments(a.assessments(), habitIds);
        reviews(a.weeklyReviews());
    }

    // --- reflections ----------------------------------------------------------------------------

    private void entries(List<Archive.EntryData> entries) throws ImportException {
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Archive.EntryData d = entries.get(i);
            String at = d == null || d.date() == null ? at("entries", i)
                    : t("export.where.entry", file, i + 1, d.date().toString());
            notNull(at, d);
            required(at, "date", d.date());
            day(at, "date", d.date(), FIRST_DAY, LAST_DAY);
            if (!days.add(d.date())) {
                throw fail(at, t("export.check.twice.day", d.date().toString()));
            }
            text(at, "text", d.text(), Entry.MAX_TEXT_CHARS);
            rating(at, "mood", d.mood());
            rating(at, "energy", d.energy());
            if (d.tags() != null) {
                names(at, "tags", d.tags(), TAG_CHARS);
            }
            if (d.answers() != null) {
                answers(at, d.answers());
            }
            instant(at, "createdAt", d.createdAt());
            instant(at, "updatedAt", d.updatedAt());
        }
    }

    private void answers(String at, List<Archive.AnswerData> answers) throws ImportException {
        Set<String> ids = new HashSet<>();
        for (int j = 0; j < answers.size(); j++) {
            Archive.AnswerData x = answers.get(j);
            if (x == null) {
                throw fail(at, t("export.check.null.in", "answers"));
            }
            String a = at + ", " + t("export.place.answers", j + 1);
            name(a, "promptId", x.promptId(), ID_CHARS);
            if (!ids.add(x.promptId())) {
                throw fail(a, t("export.check.twice.value", "promptId", j + 1));
            }
            text(a, "promptText", x.promptText(), PROMPT_TEXT_CHARS);
            text(a, "answer", x.answer(), Entry.MAX_TEXT_CHARS);
        }
    }

    // --- prompts --------------------------------------------------------------------------------

    private void prompts(Archive.PromptData p) throws ImportException {
        String at = t("export.where.field", file, "prompts");
        required(at, "custom", p.custom());
        required(at, "disabled", p.disabled());
        required(at, "shown", p.shown());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.custom().size(); i++) {
            Archive.CustomPromptData c = p.custom().get(i);
            String ci = at("custom", i);
            notNull(ci, c);
            name(ci, "id", c.id(), ID_CHARS);
            if (!ids.add(c.id())) {
                throw fail(ci, t("export.check.twice.value", "id", i + 1));
            }
            if (c.pillar() != null) {
                known(ci, "pillar", c.pillar(), Pillar.class);
            }
            required(ci, "text", c.text());
            text(ci, "text", c.text(), PROMPT_TEXT_CHARS);
        }
        names(at, "disabled", p.disabled(), ID_CHARS);
        for (Map.Entry<LocalDate, List<String>> e : p.shown().entrySet()) {
            String si = at + ", " + e.getKey();
            day(si, "shown", e.getKey(), FIRST_WEEK, LAST_WEEK);
            required(si, "shown", e.getValue());
            for (String id : e.getValue()) {
                if (id == null) {
                    throw fail(si, t("export.check.null.in", "shown"));
                }
                name(si, "shown", id, ID_CHARS);
            }
        }
    }

    // --- habits ---------------------------------------------------------------------------------

    private Set<Long> habits(List<Archive.HabitData> habits, Set<Long> personIds) throws ImportException {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < habits.size(); i++) {
            Archive.HabitData h = habits.get(i);
            String at = at("habits", i);
            notNull(at, h);
            if (!ids.add(h.id())) {
                throw fail(at, t("export.check.twice.id", String.valueOf(h.id())));
            }
            required(at, "name", h.name());
            name(at, "name", h.name().strip(), HABIT_NAME_CHARS);
            if (h.catalogueId() != null) {
                name(at, "catalogueId", h.catalogueId(), ID_CHARS);
            }
            text(at, "description", strip(h.description()), HABIT_TEXT_CHARS);
            text(at, "ifThenPlan", strip(h.ifThenPlan()), HABIT_TEXT_CHARS);
            if (h.pillar() != null) {
                known(at, "pillar", h.pillar(), Pillar.class);
            }
            schedule(at, h.schedule());
            required(at, "startDate", h.startDate());
            day(at, "startDate", h.startDate(), FIRST_DAY, LAST_DAY);
            if (h.sortOrder() < 0) {
                throw fail(at, t("export.check.negative", "sortOrder", h.sortOrder()));
            }
            required(at, "checkIns", h.checkIns());
            checkIns(at, h.checkIns(), personIds);
        }
        return ids;
    }

    private void schedule(String at, String schedule) throws ImportException {
        required(at, "schedule", schedule);
        text(at, "schedule", schedule, ID_CHARS);
        try {
            Schedule.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw fail(at, t("export.check.schedule", ImportProblems.shown(schedule)));
        }
    }

    private void checkIns(String habit, List<Archive.CheckInData> checkIns, Set<Long> personIds)
            throws ImportException {
        Set<LocalDate> seen = new HashSet<>();
        for (int j = 0; j < checkIns.size(); j++) {
            Archive.CheckInData c = checkIns.get(j);
            String at = habit + ", " + t("export.place.checkIns", j + 1);
            notNull(at, c);
            required(at, "date", c.date());
            day(at, "date", c.date(), FIRST_DAY, LAST_DAY);
            if (!seen.add(c.date())) {
                throw fail(at, t("export.check.twice.checkin", c.date().toString()));
            }
            required(at, "state", c.state());
            known(at, "state", c.state(), CheckIn.State.class);
            text(at, "note", strip(c.note()), CheckIn.MAX_NOTE);
            if (c.people() != null) {
                Set<Long> named = new HashSet<>();
                for (Long id : c.people()) {
                    if (id == null) {
                        throw fail(at, t("export.check.null.in", "people"));
                    }
                    if (!personIds.contains(id)) {
                        throw fail(at, t("export.check.person", String.valueOf(id)));
                    }
                    if (!named.add(id)) {
                        throw fail(at, t("export.check.twice.person", String.valueOf(id)));
                    }
                }
            }
        }
    }

    // --- people ---------------------------------------------------------------------------------

    /** The roster: every field as the journal keeps it, ids unique; returns the ids check-ins may name. */
    private Set<Long> people(List<Archive.PersonData> people) throws ImportException {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            Archive.PersonData p = people.get(i);
            String at = at("people", i);
            notNull(at, p);
            if (!ids.add(p.id())) {
                throw fail(at, t("export.check.twice.id", String.valueOf(p.id())));
            }
            required(at, "name", p.name());
            name(at, "name", personName(p.name()), Person.MAX_NAME);
            if (p.formerNames() != null) {
                names(at, "formerNames", p.formerNames().stream().map(n -> n == null ? null : personName(n))
                        .toList(), Person.MAX_NAME);
            }
            text(at, "role", strip(p.role()), Person.MAX_FIELD);
            text(at, "team", strip(p.team()), Person.MAX_FIELD);
            text(at, "hopes", strip(p.hopes()), Person.MAX_HOPES);
            if (p.startDate() != null) {
                day(at, "startDate", p.startDate(), FIRST_DAY, LAST_DAY);
            }
            required(at, "cadence", p.cadence());
            known(at, "cadence", p.cadence(), Person.Cadence.class);
            required(at, "addedOn", p.addedOn());
            day(at, "addedOn", p.addedOn(), FIRST_DAY, LAST_DAY);
            if (p.snoozedUntil() != null) {
                day(at, "snoozedUntil", p.snoozedUntil(), FIRST_DAY, LAST_DAY);
            }
            required(at, "oneOnOnes", p.oneOnOnes());
            oneOnOnes(at, p.oneOnOnes());
            required(at, "promises", p.promises());
            promises(at, p.promises());
        }
        return ids;
    }

    /** A name as the roster keeps it: spaces at the ends dropped, runs of spaces made one. */
    static String personName(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private void oneOnOnes(String person, List<Archive.OneOnOneData> meetings) throws ImportException {
        for (int j = 0; j < meetings.size(); j++) {
            Archive.OneOnOneData m = meetings.get(j);
            String at = person + ", " + t("export.place.oneOnOnes", j + 1);
            notNull(at, m);
            required(at, "date", m.date());
            day(at, "date", m.date(), FIRST_DAY, LAST_DAY);
            text(at, "talkingPoints", strip(m.talkingPoints()), OneOnOne.MAX_SHORT);
            text(at, "notes", strip(m.notes()), OneOnOne.MAX_NOTES);
            text(at, "followUps", strip(m.followUps()), OneOnOne.MAX_SHORT);
        }
    }

    private void promises(String person, List<Archive.PromiseData> promises) throws ImportException {
        for (int j = 0; j < promises.size(); j++) {
            Archive.PromiseData x = promises.get(j);
            String at = person + ", " + t("export.place.promises", j + 1);
            notNull(at, x);
            required(at, "text", x.text());
            name(at, "text", x.text().strip(), Promise.MAX_TEXT);
            required(at, "madeOn", x.madeOn());
            day(at, "madeOn", x.madeOn(), FIRST_DAY, LAST_DAY);
            if (x.due() != null) {
                day(at, "due", x.due(), FIRST_DAY, LAST_DAY);
            }
            required(at, "state", x.state());
            known(at, "state", x.state(), Promise.State.class);
            boolean open = Promise.State.OPEN.name().equals(x.state());
            if (open && x.closedOn() != null) {
                throw fail(at, t("export.check.promise.open.closed", x.closedOn().toString()));
            }
            if (!open) {
                required(at, "closedOn", x.closedOn());
                day(at, "closedOn", x.closedOn(), FIRST_DAY, LAST_DAY);
            }
        }
    }

    // --- self-assessments -----------------------------------------------------------------------

    private void assessments(List<Archive.SessionData> sessions, Set<Long> habitIds) throws ImportException {
        for (int i = 0; i < sessions.size(); i++) {
            Archive.SessionData s = sessions.get(i);
            String at = at("assessments", i);
            notNull(at, s);
            required(at, "startedAt", s.startedAt());
            instant(at, "startedAt", s.startedAt());
            instant(at, "finishedAt", s.finishedAt());
            required(at, "bankId", s.bankId());
            name(at, "bankId", s.bankId(), ID_CHARS);
            required(at, "bankVersion", s.bankVersion());
            text(at, "bankVersion", s.bankVersion(), BANK_VERSION_CHARS);
            if (s.position() < 0) {
                throw fail(at, t("export.check.negative", "position", s.position()));
            }
            required(at, "likert", s.likert());
            for (Map.Entry<String, Integer> e : s.likert().entrySet()) {
                name(at, "likert", e.getKey(), QUESTION_ID_CHARS);
                required(at, "likert", e.getValue());
                if (e.getValue() < Answers.NO_OPPORTUNITY || e.getValue() > 5) {
                    throw fail(at, t("export.check.likert", ImportProblems.shown(e.getKey()),
                            String.valueOf(e.getValue())));
                }
            }
            required(at, "scenarios", s.scenarios());
            for (Map.Entry<String, String> e : s.scenarios().entrySet()) {
                name(at, "scenarios", e.getKey(), QUESTION_ID_CHARS);
                required(at, "scenarios", e.getValue());
                name(at, "scenarios", e.getValue(), QUESTION_ID_CHARS);
            }
            if (s.planHabitId() != null && !habitIds.contains(s.planHabitId())) {
                throw fail(at, t("export.check.plan", String.valueOf(s.planHabitId())));
            }
            text(at, "planText", s.planText(), HABIT_TEXT_CHARS);
        }
    }

    // --- weekly reviews -------------------------------------------------------------------------

    private void reviews(List<Archive.WeeklyReviewData> reviews) throws ImportException {
        Set<LocalDate> weeks = new HashSet<>();
        for (int i = 0; i < reviews.size(); i++) {
            Archive.WeeklyReviewData w = reviews.get(i);
            String at = at("weeklyReviews", i);
            notNull(at, w);
            required(at, "weekEnd", w.weekEnd());
            day(at, "weekEnd", w.weekEnd(), FIRST_WEEK, LAST_WEEK);
            if (!weeks.add(w.weekEnd())) {
                throw fail(at, t("export.check.twice.week", w.weekEnd().toString()));
            }
            text(at, "wentWell", strip(w.wentWell()), WeeklyReview.MAX_TEXT);
            text(at, "differently", strip(w.differently()), WeeklyReview.MAX_TEXT);
            text(at, "nextAction", strip(w.nextAction()), NEXT_ACTION_CHARS);
            text(at, "commitment", strip(w.commitment()), WeeklyReview.MAX_COMMITMENT);
            instant(at, "createdAt", w.createdAt());
            instant(at, "updatedAt", w.updatedAt());
        }
    }

    // --- the checks -----------------------------------------------------------------------------

    private String at(String list, int index) {
        return file + ", " + t("export.place." + list, index + 1);
    }

    private ImportException fail(String where, String what) {
        return ImportProblems.content(ImportProblems.Source.ARCHIVE, where, what);
    }

    private void notNull(String at, Object record) throws ImportException {
        if (record == null) {
            throw fail(at, t("export.check.null"));
        }
    }

    private void required(String at, String field, Object value) throws ImportException {
        if (value == null) {
            throw fail(at, t("export.check.missing", field));
        }
    }

    private void day(String at, String field, LocalDate day, LocalDate first, LocalDate last) throws ImportException {
        if (day.isBefore(first) || day.isAfter(last)) {
            throw fail(at, t(first.equals(FIRST_DAY) ? "export.check.day.range" : "export.check.week.range", field,
                    day.toString()));
        }
    }

    private void instant(String at, String field, Instant time) throws ImportException {
        if (time != null && (time.isBefore(FIRST_INSTANT) || !time.isBefore(END_INSTANT))) {
            throw fail(at, t("export.check.time.range", field, time.toString()));
        }
    }

    private void rating(String at, String field, Integer value) throws ImportException {
        if (value != null && (value < 1 || value > 5)) {
            throw fail(at, t("export.check.rating", field, String.valueOf(value)));
        }
    }

    private <E extends Enum<E>> void known(String at, String field, String value, Class<E> type) throws ImportException {
        E[] all = type.getEnumConstants();
        if (Arrays.stream(all).noneMatch(e -> e.name().equals(value))) {
            throw fail(at, t("export.check.unknown", field, ImportProblems.shown(value),
                    Arrays.stream(all).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    /** Optional text: valid Unicode and at most {@code max} characters. */
    private void text(String at, String field, String value, int max) throws ImportException {
        if (value == null) {
            return;
        }
        int broken = ImportProblems.brokenCharAt(value);
        if (broken >= 0) {
            throw fail(at, t("export.check.broken.char", field, broken + 1));
        }
        if (value.length() > max) {
            throw fail(at, t("export.check.too.long", field, value.length(), max));
        }
    }

    /** A required, non-blank name or id. */
    private void name(String at, String field, String value, int max) throws ImportException {
        required(at, field, value);
        if (value.isBlank()) {
            throw fail(at, t("export.check.blank", field));
        }
        text(at, field, value, max);
    }

    /** A list of names (tags, ids): none null, blank, too long or twice. */
    private void names(String at, String field, List<String> values, int max) throws ImportException {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < values.size(); j++) {
            String v = values.get(j);
            if (v == null) {
                throw fail(at, t("export.check.null.in", field));
            }
            String item = at + ", " + t("export.place." + field, j + 1);
            name(item, field, v, max);
            if (!seen.add(v)) {
                throw fail(item, t("export.check.twice.value", field, j + 1));
            }
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
