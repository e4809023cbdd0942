package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of malformed archives, made by mutating every field of a valid one (dropped, null, wrong
 * type, out of range, bad dates, unknown names, huge text, lone surrogates…). Each goes the app's way:
 * read and check, then import. Every refusal must come from reading and checking, before the import's
 * transaction (an ImportException of the file's kinds, and the database's write count unchanged);
 * whatever the checks let through must import without the database refusing it.
 */
class MalformedArchivesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir.resolve("journal")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The mutations applied to every field: name → the new value (null = remove the field). */
    private static Map<String, Supplier<JsonNode>> mutations() {
        Map<String, Supplier<JsonNode>> m = new LinkedHashMap<>();
        m.put("dropped", () -> null);
        m.put("null", N::nullNode);
        m.put("text", () -> N.textNode("x"));
        m.put("empty text", () -> N.textNode(""));
        m.put("4.7", () -> N.numberNode(4.7));
        m.put("-1", () -> N.numberNode(-1));
        m.put("huge number", () -> N.numberNode(99_999_999_999L));
        m.put("true", () -> N.booleanNode(true));
        m.put("[]", N::arrayNode);
        m.put("{}", N::objectNode);
        m.put("huge text", () -> N.textNode("y".repeat(100_001)));
        m.put("lone surrogate", () -> N.textNode("a\ud800b"));
        m.put("30 February", () -> N.textNode("2026-02-30"));
        m.put("year 10000", () -> N.textNode("+10000-01-01"));
        m.put("year 0", () -> N.textNode("0000-12-31"));
        m.put("year 1850", () -> N.textNode("1850-06-01"));
        m.put("unknown name", () -> N.textNode("FOO"));
        m.put("[null]", () -> N.arrayNode().addNull());
        return m;
    }

    /** Every field of the valid archive, as a path of names and indexes. */
    private static List<List<Object>> paths(JsonNode node, List<Object> prefix, List<List<Object>> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                List<Object> p = new ArrayList<>(prefix);
                p.add(f);
                out.add(p);
                paths(node.get(f), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> p = new ArrayList<>(prefix);
                p.add(i);
                out.add(p);
                paths(node.get(i), p, out);
            }
        }
        return out;
    }

    private static JsonNode mutate(JsonNode valid, List<Object> path, JsonNode value) {
        JsonNode copy = valid.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object k = path.get(i);
            parent = k instanceof Integer n ? parent.get(n) : parent.get((String) k);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove((String) last);
            } else {
                o.set((String) last, value);
            }
        } else {
            ArrayNode a = (ArrayNode) parent;
            if (value == null) {
                a.remove((Integer) last);
            } else {
                a.set((Integer) last, value);
            }
        }
        return copy;
    }

    @Test
    void everyRefusalHappensBeforeTheTransactionAndEverythingAcceptedImports() throws Exception {
        JsonNode valid = JSON.readTree(ImportFixtures.VALID);
        List<String> dbRefusals = new ArrayList<>();
        List<String> badMessages = new ArrayList<>();
        int refused = 0;
        int accepted = 0;
        for (List<Object> path : paths(valid, List.of(), new ArrayList<>())) {
            for (Map.Entry<String, Supplier<JsonNode>> m : mutations().entrySet()) {
                String name = path + " " + m.getKey();
                byte[] json = JSON.writeValueAsBytes(mutate(valid, path, m.getValue().get()));
                long writesBefore = db.writeCount();
                Archive archive;
                try {
                    archive = ArchiveReader.parse(new ByteArrayInputStream(json), "bad.json");
                } catch (ImportException e) {
                    refused++;
                    assertThat(e.kind()).as(name).isIn(ImportException.Kind.SYNTAX, ImportException.Kind.CONTENT);
                    assertThat(db.writeCount()).as(name).isEqualTo(writesBefore);
                    if (ImportFixtures.INTERNALS.matcher(e.getMessage()).find() || !e.getMessage().startsWith("bad.json")) {
                        badMessages.add(name + ": " + e.getMessage());
                    }
                    continue;
                }
                accepted++;
                try {
                    importAndRollBack(archive);
                } catch (RuntimeException | ImportException e) {
                    dbRefusals.add(name + ": " + e);
                }
            }
        }
        assertThat(badMessages).as("messages with internals or without the file").isEmpty();
        assertThat(dbRefusals).as("refused only by the database, after validation passed").isEmpty();
        assertThat(refused).isGreaterThanOrEqualTo(300);
        System.out.printf("%d malformed archives refused, %d harmless ones imported%n", refused, accepted);
        assertThat(accepted).as("some mutations are harmless (an optional field dropped)").isPositive();
    }

    @Test
    void theValidArchiveItselfImports() throws Exception {
        Archive a = ArchiveReader.parse(new ByteArrayInputStream(ImportFixtures.VALID.getBytes(StandardCharsets.UTF_8)),
                "good.json");
        ArchiveService.Report r = ArchiveRoundTripTest.service(db, clock).importArchive(a,
                ArchiveService.Merge.ONLY_IF_EMPTY);
        assertThat(r.entriesAdded()).isEqualTo(1);
        assertThat(r.habitsAdded()).isEqualTo(1);
        assertThat(r.weeklyReviews()).isEqualTo(1);
    }

    /** Imports in a transaction that is then rolled back, so each archive meets an empty journal. */
    private void importAndRollBack(Archive archive) throws ImportException {
        try {
            db.transaction(() -> {
                try {
                    ArchiveRoundTripTest.service(db, clock).importArchive(archive, ArchiveService.Merge.ONLY_IF_EMPTY);
                } catch (ImportException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            if (!ArchiveRoundTripTest.service(db, clock).journalIsEmpty()) {
                fail("the import was not rolled back");
            }
        }
    }

    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }
}
