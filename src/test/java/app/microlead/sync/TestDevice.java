package app.microlead.sync;

import app.microlead.backend.Backend;
import app.microlead.common.MutableClock;
import app.microlead.journal.Entry;
import app.microlead.people.OneOnOne;
import app.microlead.people.PeopleRepository;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** A computer in a sync test: its own data folder, its own clock and its own copy of the shared folder. */
final class TestDevice implements AutoCloseable {

    static {
        System.setProperty("microlead.test.kdfIterations", "100000");
    }

    final String name;
    final Path data;
    final Path folder;
    final MutableClock clock;
    final Database db;
    final Backend backend;
    final SyncEngine engine;
    int backups;

    TestDevice(Path root, String name, Instant start) {
        this(root, name, start, null);
    }

    /**
     * A device whose id in the folder is {@code id} rather than a random one (null: random), so a test
     * that depends on the order of the devices (files are read in the order of their ids, equal stamps
     * are decided by them) runs the same every time.
     */
    TestDevice(Path root, String name, Instant start, String id) {
        this(root, name, start, id, null);
    }

    /**
     * A device that is where {@code place} says (the computer and the data folder: null, where its data folder
     * really is), so a test can make two computers of one journal copied from one data folder to another.
     */
    TestDevice(Path root, String name, Instant start, String id, Supplier<String> place) {
        this.name = name;
        this.data = root.resolve(name + "-data");
        this.folder = root.resolve(name + "-sync");
        this.clock = new MutableClock(start);
        this.db = Database.open(DataFolder.open(data));
        this.backend = new Backend(db, clock, "test");
        if (id != null) {
            new SyncStore(db).putMeta(SyncSettings.DEVICE, id);
        }
        this.engine = place == null ? new SyncEngine(backend, name, () -> backups++)
                : new SyncEngine(backend, name, () -> backups++, place);
    }

    void setUp(String passphrase) {
        engine.setUp(folder, passphrase.toCharArray());
    }

    RoundReport round() {
        clock.advanceSeconds(7);
        return engine.round();
    }

    void write(LocalDate day, String text) {
        clock.advanceSeconds(11);
        Entry have = backend.journal().find(day).orElse(null);
        backend.journal().save(have == null ? new Entry(day, text, null, null, List.of(), List.of(), null, null)
                : new Entry(day, text, have.mood(), have.energy(), have.tags(), have.answers(), have.createdAt(),
                        have.updatedAt()));
    }

    String text(LocalDate day) {
        return backend.journal().find(day).map(Entry::text).orElse(null);
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Set<String> LOCAL_FIELDS = Set.of("exportedAt", "createdAt", "updatedAt", "id", "planHabitId",
            "settings");

    /** The journal's {@code export json}, apart from times and local ids, with lists in a fixed order. */
    JsonNode export() {
        JsonNode n = JSON.valueToTree(backend.archive().snapshot(Map.of()));
        strip(n);
        sort((ArrayNode) n.get("habits"), "name");
        sort((ArrayNode) n.get("assessments"), "startedAt");
        for (JsonNode h : n.get("habits")) {
            sort((ArrayNode) h.get("checkIns"), "date");
            // the people a check-in names are local ids in an archive: people() compares them by name
            h.get("checkIns").forEach(c -> ((ObjectNode) c).remove("people"));
        }
        // people, their 1:1s and promises follow their local ids where names or days are equal: a fixed order here
        for (JsonNode p : n.get("people")) {
            sortWhole((ArrayNode) p.get("oneOnOnes"));
            sortWhole((ArrayNode) p.get("promises"));
        }
        sortWhole((ArrayNode) n.get("people"));
        return n;
    }

    private static void sortWhole(ArrayNode a) {
        List<JsonNode> items = new ArrayList<>();
        a.forEach(items::add);
        items.sort(Comparator.comparing(JsonNode::toString));
        a.removeAll().addAll(items);
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove(LOCAL_FIELDS);
            o.forEach(TestDevice::strip);
        } else if (n instanceof ArrayNode a) {
            a.forEach(TestDevice::strip);
        }
    }

    private static void sort(ArrayNode a, String field) {
        List<JsonNode> items = new ArrayList<>();
        a.forEach(items::add);
        items.sort(Comparator.comparing(x -> x.path(field).asText()));
        a.removeAll();
        items.forEach(a::add);
    }

    /**
     * People, 1:1s, promises and the people check-ins name, as lines without local ids (a person by
     * name, a habit by name), sorted: equal on two computers exactly when they hold the same people.
     */
    List<String> people() {
        var repo = backend.people();
        Map<Long, String> names = new HashMap<>();
        List<String> out = new ArrayList<>();
        Map<Long, List<String>> aliases = repo.aliases();
        for (Person p : repo.people(true)) {
            names.put(p.id(), p.name());
            out.add(String.join("|", "person", p.name(), p.role(), p.team(), String.valueOf(p.startDate()), p.hopes(),
                    p.cadence().name(), String.valueOf(p.archived()), String.valueOf(p.addedOn()),
                    String.valueOf(p.nudgesOff()), String.valueOf(p.snoozedUntil()),
                    String.valueOf(aliases.getOrDefault(p.id(), List.of()).stream().sorted().toList())));
        }
        for (OneOnOne m : repo.allOneOnOnes()) {
            out.add(String.join("|", "1:1", names.get(m.personId()), m.date().toString(), m.talkingPoints(), m.notes(),
                    m.followUps()));
        }
        for (Promise r : repo.allPromises()) {
            out.add(String.join("|", "promise", names.get(r.personId()), r.text(), r.madeOn().toString(),
                    String.valueOf(r.due()), r.state().name(), String.valueOf(r.closedOn())));
        }
        Map<Long, String> habits = new HashMap<>();
        backend.habitRepository().habits(true).forEach(h -> habits.put(h.id(), h.name()));
        for (PeopleRepository.CheckInPerson cp : repo.allCheckInPeople()) {
            out.add(String.join("|", "named", habits.get(cp.habitId()), cp.date().toString(), names.get(cp.personId())));
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    @Override
    public void close() {
        db.close();
    }
}
