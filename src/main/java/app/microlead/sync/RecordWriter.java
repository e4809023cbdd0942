package app.microlead.sync;

import app.microlead.assessment.Answers;
import app.microlead.assessment.Session;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.PromptRepository;
import app.microlead.review.WeeklyReview;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes merged values into the journal through its repositories, one record (a group of keys: a
 * day, a habit, a check-in, a session…) at a time. Runs inside the round's transaction.
 */
final class RecordWriter {

    /** What separates the versions of a day's text edited on two computers (the same on every computer). */
    static final String BOTH_SEPARATOR = "\n\n---- ⇄ ----\n\n";

    private final Repositories repos;
    private final SyncStore store;
    private final Map<String, Long> habitIds = new HashMap<>();

    RecordWriter(Repositories repos, SyncStore store, Map<Long, String> habitKeys) {
        this.repos = repos;
        this.store = store;
        habitKeys.forEach((id, key) -> habitIds.put(key, id));
    }

    /** The record a key belongs to: its fields are written together. */
    static String group(String key) {
        if (key.startsWith("e/") || key.startsWith("h/") || key.startsWith("w/")) {
            int second = key.indexOf('/', 2);
            return second < 0 ? key : key.substring(0, second);
        }
        return key;
    }

    /** Habits before their check-ins and the sessions that name them. */
    static final Comparator<String> ORDER = Comparator.comparingInt(RecordWriter::rank)
            .thenComparing(Comparator.naturalOrder());

    private static int rank(String group) {
        return group.startsWith("h/") ? 0 : group.startsWith("p/") || group.startsWith("pd/") ? 1 : 2;
    }

    /** The value the journal holds for a key: the winner, or a day's concurrent texts one after the other. */
    static JsonNode valueOf(String key, Unit u) {
        if (UnitMerge.keepsBoth(key)) {
            List<String> texts = u.versions().stream().filter(v -> !v.isTombstone()).map(v -> v.value().asText())
                    .filter(s -> !s.isEmpty()).distinct().toList();
            if (texts.size() > 1) {
                return TextNode.valueOf(String.join(BOTH_SEPARATOR, texts));
            }
            return texts.isEmpty() ? null : TextNode.valueOf(texts.get(0));
        }
        return u.winner();
    }

    /** Habits created while writing (their check-ins are written after them). */
    List<String> createdHabits = new ArrayList<>();

    /**
     * Writes one record from the merged units; a record another computer sent that this version cannot
     * use is an {@link IllegalArgumentException} (nothing of it is written).
     */
    void write(String group, NavigableMap<String, Unit> units) {
        Map<String, JsonNode> f = new TreeMap<>();
        String prefix = group.startsWith("e/") || group.startsWith("h/") || group.startsWith("w/") ? group + "/" : group;
        for (Map.Entry<String, Unit> e : units.subMap(prefix, true, prefix + "\uffff", true).entrySet()) {
            JsonNode v = valueOf(e.getKey(), e.getValue());
            if (v != null && !v.isNull()) {
                f.put(prefix.equals(group) ? "" : e.getKey().substring(prefix.length()), v);
            }
        }
        String id = group.substring(group.indexOf('/') + 1);
        switch (group.substring(0, group.indexOf('/'))) {
            case "e" -> entry(LocalDate.parse(id), f);
            case "h" -> habit(id, f);
            case "c" -> checkIn(id, f.get(""));
            case "s" -> session(Instant.parse(id), f.get(""));
            case "w" -> review(LocalDate.parse(id), f);
            case "p" -> prompt(id, f.get(""));
            case "pd" -> repos.prompts().setDisabled(id, f.containsKey(""));
            case "ps" -> shown(LocalDate.parse(id), f.get(""));
            case "f" -> {
                if (f.containsKey("")) {
                    repos.habits().setFlag(id);
                }
            }
            default -> throw new IllegalArgumentException("unknown kind of record " + group);
        }
    }

    private void entry(LocalDate date, Map<String, JsonNode> f) {
        List<Entry.PromptAnswer> answers = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        f.forEach((k, v) -> {
            if (k.startsWith("a/")) {
                answers.add(new Entry.PromptAnswer(k.substring(2), v.path("q").asText(), v.path("a").asText()));
                positions.add(v.path("i").asInt());
            }
        });
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> positions.get(i)).thenComparing(i -> answers.get(i).promptId()));
        List<String> tags = new ArrayList<>();
        if (f.containsKey("tags")) {
            f.get("tags").forEach(t -> tags.add(t.asText()));
        }
        Optional<Entry> have = repos.journal().find(date);
        Instant now = repos.clock().instant();
        Entry e = new Entry(date, f.containsKey("text") ? f.get("text").asText() : "", rating(f.get("mood")),
                rating(f.get("energy")), tags, order.stream().map(answers::get).toList(),
                have.map(Entry::createdAt).orElse(now), now);
        if (e.isBlank() && e.answers().isEmpty()) {
            if (have.isPresent()) {
                repos.journal().delete(date);
            }
        } else {
            repos.journal().restore(e);
        }
    }

    private static Integer rating(JsonNode n) {
        return n == null ? null : n.asInt();
    }

    private void habit(String key, Map<String, JsonNode> f) {
        Long id = habitIds.get(key);
        // a habit deleted on one computer while renamed on another keeps only the renamed fields: without
        // its name, schedule and first day it is gone (on every computer alike)
        if (!f.containsKey("name") || !f.containsKey("schedule") || !f.containsKey("start")) {
            if (id != null) {
                repos.habits().delete(id);
                habitIds.remove(key);
            }
            return;
        }
        String pillar = text(f, "pillar");
        String cat = text(f, "cat");
        Habit h = new Habit(id == null ? 0 : id, cat.isEmpty() ? null : cat, text(f, "name"), text(f, "desc"),
                pillar.isEmpty() ? null : Pillar.valueOf(pillar), Schedule.parse(text(f, "schedule")),
                f.containsKey("order") ? f.get("order").asInt() : 0, f.containsKey("archived") && f.get("archived").asBoolean(),
                LocalDate.parse(text(f, "start")), text(f, "plan"));
        if (id == null) {
            Habit added = repos.habits().add(h);
            store.putHabitKey(added.id(), key);
            habitIds.put(key, added.id());
            repos.habits().update(h.withId(added.id()));
            createdHabits.add(key);
        } else {
            repos.habits().update(h);
        }
    }

    private static String text(Map<String, JsonNode> f, String field) {
        JsonNode n = f.get(field);
        return n == null ? "" : n.asText();
    }

    private void checkIn(String id, JsonNode v) {
        int slash = id.lastIndexOf('/');
        Long habit = habitIds.get(id.substring(0, slash));
        if (habit == null) {
            return; // the habit is gone here, or not yet here: its check-ins are written when it comes
        }
        LocalDate date = LocalDate.parse(id.substring(slash + 1));
        if (v == null) {
            repos.habits().clearCheckIn(habit, date);
        } else {
            repos.habits().setCheckIn(new CheckIn(habit, date, CheckIn.State.valueOf(v.path("s").asText()),
                    v.path("n").asText()));
        }
    }

    private Map<Instant, Session> sessions;

    private void session(Instant started, JsonNode v) {
        if (sessions == null) {
            sessions = new HashMap<>();
            repos.assessments().all().forEach(s -> sessions.put(s.startedAt(), s));
        }
        Optional<Session> have = Optional.ofNullable(sessions.remove(started));
        if (v == null) {
            have.ifPresent(s -> repos.assessments().remove(s.id()));
            return;
        }
        Map<String, Integer> likert = new HashMap<>();
        v.path("likert").fields().forEachRemaining(e -> likert.put(e.getKey(), e.getValue().asInt()));
        Map<String, String> scenarios = new HashMap<>();
        v.path("scenarios").fields().forEachRemaining(e -> scenarios.put(e.getKey(), e.getValue().asText()));
        JsonNode end = v.get("end");
        JsonNode plan = v.get("plan");
        Session s = new Session(have.map(Session::id).orElse(0L), started,
                end == null || end.isNull() ? null : Instant.parse(end.asText()), v.path("bank").asText(),
                v.path("bankVersion").asText(), v.path("position").asInt(), new Answers(likert, scenarios),
                plan == null || plan.isNull() ? null : habitIds.get(plan.asText()), v.path("planText").asText());
        if (have.isPresent()) {
            repos.assessments().remove(s.id());
        }
        sessions.put(started, repos.assessments().restore(s, have.isPresent()));
    }

    private void review(LocalDate weekEnd, Map<String, JsonNode> f) {
        Optional<WeeklyReview> have = repos.reviews().find(weekEnd);
        if (f.isEmpty() && have.isEmpty()) {
            return;
        }
        Instant now = repos.clock().instant();
        repos.reviews().restore(new WeeklyReview(weekEnd, text(f, "went"), text(f, "diff"), text(f, "next"),
                text(f, "commit"), have.map(WeeklyReview::createdAt).orElse(now), now));
    }

    private void prompt(String id, JsonNode v) {
        if (v == null) {
            repos.prompts().removeCustom(id);
            return;
        }
        JsonNode p = v.get("pillar");
        repos.prompts().restoreCustom(new PromptRepository.CustomPrompt(id,
                p == null || p.isNull() ? null : Pillar.valueOf(p.asText()), v.path("text").asText()));
    }

    private void shown(LocalDate day, JsonNode v) {
        List<String> ids = new ArrayList<>();
        if (v != null) {
            v.forEach(n -> ids.add(n.asText()));
        }
        if (!ids.equals(repos.prompts().shownOn(day))) {
            repos.prompts().setShown(day, ids);
        }
    }
}
