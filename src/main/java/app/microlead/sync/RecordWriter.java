package app.microlead.sync;

import app.microlead.assessment.Answers;
import app.microlead.assessment.Session;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.PromptRepository;
import app.microlead.people.OneOnOne;
import app.microlead.people.PeopleRepository;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import app.microlead.review.WeeklyReview;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
    private final Map<String, Long> personIds = new HashMap<>();
    private final Map<String, Long> meetingIds = new HashMap<>();
    private final Map<String, Long> promiseIds = new HashMap<>();

    RecordWriter(Repositories repos, SyncStore store, RecordReader.LocalKeys keys) {
        this.repos = repos;
        this.store = store;
        keys.habits().forEach((id, key) -> habitIds.put(key, id));
        keys.people().forEach((id, key) -> personIds.put(key, id));
        keys.meetings().forEach((id, key) -> meetingIds.put(key, id));
        keys.promises().forEach((id, key) -> promiseIds.put(key, id));
    }

    /** Kinds of record whose fields each have a key of their own ({@code e/<day>/text}, {@code n/<person>/role}). */
    private static boolean byField(String key) {
        return key.startsWith("e/") || key.startsWith("h/") || key.startsWith("w/") || key.startsWith("n/")
                || key.startsWith("o/") || key.startsWith("r/");
    }

    /** The record a key belongs to: its fields are written together. */
    static String group(String key) {
        if (byField(key)) {
            int second = key.indexOf('/', 2);
            return second < 0 ? key : key.substring(0, second);
        }
        return key;
    }

    /** What every key of a record's group starts with. */
    static String prefix(String group) {
        return byField(group) ? group + "/" : group;
    }

    /**
     * Habits and people before what names them: check-ins, sessions, 1:1s and promises; the people a
     * check-in names after the check-in.
     */
    static final Comparator<String> ORDER = Comparator.comparingInt(RecordWriter::rank)
            .thenComparing(Comparator.naturalOrder());

    private static int rank(String group) {
        if (group.startsWith("h/")) {
            return 0;
        }
        if (group.startsWith("p/") || group.startsWith("pd/") || group.startsWith("n/")) {
            return 1;
        }
        return group.startsWith("cp/") ? 3 : 2;
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

    /** People created while writing (their 1:1s, promises and the check-ins that name them are written after them). */
    List<String> createdPeople = new ArrayList<>();

    /** Habits and people deleted while writing (the journal removed what names them with them). */
    List<String> deletedHabits = new ArrayList<>();
    List<String> deletedPeople = new ArrayList<>();

    /**
     * Writes one record from the merged units; a record another computer sent that this version cannot
     * use is an {@link IllegalArgumentException} (nothing of it is written).
     */
    void write(String group, NavigableMap<String, Unit> units) {
        Map<String, JsonNode> f = new TreeMap<>();
        String prefix = prefix(group);
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
            case "n" -> person(id, f);
            case "o" -> meeting(id, f);
            case "r" -> promise(id, f);
            case "cp" -> checkInPeople(id, f.get(""));
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
                deletedHabits.add(key);
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
            store.putKey(SyncStore.Keys.HABIT, added.id(), key);
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
            repos.habits().copyCheckIn(new CheckIn(habit, date, CheckIn.State.valueOf(v.path("s").asText()),
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

    private void person(String key, Map<String, JsonNode> f) {
        Long id = personIds.get(key);
        PeopleRepository people = repos.people();
        // deleted on one computer while edited on another: without a name and a first day they are gone
        if (!f.containsKey("name") || !f.containsKey("added")) {
            if (id != null && people.find(id).isPresent()) {
                people.delete(id);
                deletedPeople.add(key);
            }
            personIds.remove(key);
            return;
        }
        Person p = new Person(id == null ? 0 : id, text(f, "name"), text(f, "role"), text(f, "team"), date(f, "start"),
                text(f, "hopes"), f.containsKey("cadence") ? Person.Cadence.valueOf(text(f, "cadence")) : Person.Cadence.NONE,
                flag(f, "archived"), date(f, "added"), flag(f, "off"), date(f, "snooze"));
        if (id == null || people.find(id).isEmpty()) {
            id = people.add(p).id();
            store.putKey(SyncStore.Keys.PERSON, id, key);
            personIds.put(key, id);
            createdPeople.add(key);
        } else {
            people.update(p);
        }
        List<String> aliases = new ArrayList<>();
        if (f.containsKey("aliases")) {
            f.get("aliases").forEach(a -> aliases.add(a.asText()));
        }
        people.replaceAliases(id, aliases);
    }

    /** The local id of the person a 1:1 or a promise belongs to; null when that person is not (or no longer) here. */
    private Long personOf(Map<String, JsonNode> f) {
        return f.containsKey("person") ? personIds.get(text(f, "person")) : null;
    }

    private void meeting(String key, Map<String, JsonNode> f) {
        Long id = meetingIds.get(key);
        Long person = personOf(f);
        if (person == null || !f.containsKey("date")) {
            // removed; or its person is gone here, or not here yet: it is written when they come
            if (id != null) {
                repos.people().deleteOneOnOne(id);
                meetingIds.remove(key);
            }
            return;
        }
        OneOnOne m = repos.people().saveOneOnOne(new OneOnOne(id == null ? 0 : id, person, date(f, "date"),
                text(f, "points"), text(f, "notes"), text(f, "follow")));
        if (id == null) {
            store.putKey(SyncStore.Keys.MEETING, m.id(), key);
            meetingIds.put(key, m.id());
        }
    }

    private void promise(String key, Map<String, JsonNode> f) {
        Long id = promiseIds.get(key);
        Long person = personOf(f);
        if (person == null || !f.containsKey("text") || !f.containsKey("made")) {
            if (id != null) {
                repos.people().deletePromise(id);
                promiseIds.remove(key);
            }
            return;
        }
        JsonNode state = f.get("state");
        Promise.State s = state == null ? Promise.State.OPEN : Promise.State.valueOf(state.path("s").asText());
        JsonNode on = state == null ? null : state.get("on");
        Promise r = repos.people().savePromise(new Promise(id == null ? 0 : id, person, text(f, "text"),
                date(f, "made"), date(f, "due"), s, on == null || on.isNull() ? null : LocalDate.parse(on.asText())));
        if (id == null) {
            store.putKey(SyncStore.Keys.PROMISE, r.id(), key);
            promiseIds.put(key, r.id());
        }
    }

    private void checkInPeople(String id, JsonNode v) {
        int slash = id.lastIndexOf('/');
        Long habit = habitIds.get(id.substring(0, slash));
        if (habit == null) {
            return; // written when the habit comes
        }
        Set<Long> named = new LinkedHashSet<>();
        if (v != null) {
            v.forEach(n -> {
                Long p = personIds.get(n.asText());
                if (p != null) {
                    named.add(p);
                }
            });
        }
        repos.people().setCheckInPeople(habit, LocalDate.parse(id.substring(slash + 1)), named);
    }

    /** The kinds of record that name a person (the key prefixes {@link #namingGroups} looks through). */
    static final List<String> NAMING_KINDS = List.of("o/", "r/", "cp/");

    /** The groups that name a person: their 1:1s, promises and the check-ins naming them. */
    static Set<String> namingGroups(NavigableMap<String, Unit> units, String personKey) {
        Set<String> out = new TreeSet<>(ORDER);
        for (String kind : List.of("o/", "r/")) {
            units.subMap(kind, true, kind + "\uffff", true).forEach((k, u) -> {
                JsonNode v = u.winner();
                if (k.endsWith("/person") && v != null && personKey.equals(v.asText())) {
                    out.add(group(k));
                }
            });
        }
        units.subMap("cp/", true, "cp/\uffff", true).forEach((k, u) -> {
            JsonNode v = u.winner();
            if (v != null && v.isArray()) {
                v.forEach(n -> {
                    if (personKey.equals(n.asText())) {
                        out.add(k);
                    }
                });
            }
        });
        return out;
    }

    private static LocalDate date(Map<String, JsonNode> f, String field) {
        JsonNode n = f.get(field);
        return n == null || n.isNull() || n.asText().isEmpty() ? null : LocalDate.parse(n.asText());
    }

    private static boolean flag(Map<String, JsonNode> f, String field) {
        JsonNode n = f.get(field);
        return n != null && n.asBoolean();
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
