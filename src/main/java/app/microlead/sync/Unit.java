package app.microlead.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What this device knows of one synced value: its versions and the hash of the value as this
 * journal last held it (a change of the journal shows as a different hash at the next round). Read
 * from the journal, the versions are parsed when first asked for: most rounds only compare hashes.
 */
final class Unit {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The hash of "nothing here". */
    static final String ABSENT = "-";

    private final String hash;
    private List<Version> versions;
    private String stored;

    Unit(String hash, List<Version> versions) {
        this.hash = hash;
        this.versions = List.copyOf(versions);
    }

    private Unit(String hash, String stored) {
        this.hash = hash;
        this.stored = stored;
    }

    /** A unit as the journal stores it: its versions as written by {@link #toJson}, parsed when needed. */
    static Unit stored(String hash, String versionsJson) {
        return new Unit(hash, versionsJson);
    }

    String hash() {
        return hash;
    }

    List<Version> versions() {
        if (versions == null) {
            try {
                versions = List.copyOf(fromJson(JSON.readTree(stored)));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IllegalStateException("a synced value's versions are not readable", e);
            }
            stored = null;
        }
        return versions;
    }

    /** The value the journal should hold, or null for none (tombstone). */
    JsonNode winner() {
        List<Version> v = versions();
        return v.isEmpty() ? null : v.get(v.size() - 1).value();
    }

    static String hash(JsonNode value) {
        if (value == null || value.isNull()) {
            return ABSENT;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ArrayNode toJson(List<Version> versions) {
        ArrayNode out = NODES.arrayNode();
        for (Version v : versions) {
            ObjectNode o = out.addObject();
            if (!v.isTombstone()) {
                o.set("v", v.value());
            }
            o.put("h", v.hlc());
            o.put("d", v.device());
            if (v.vv() != null) {
                ObjectNode vv = o.putObject("vv");
                v.vv().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> vv.put(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    /** Reads versions written by {@link #toJson}; a malformed list is an {@link IllegalArgumentException}. */
    static List<Version> fromJson(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("versions are not a list");
        }
        List<Version> out = new ArrayList<>();
        for (JsonNode o : array) {
            JsonNode h = o.get("h");
            JsonNode d = o.get("d");
            if (h == null || !h.canConvertToLong() || d == null || !d.isTextual() || d.asText().isEmpty()) {
                throw new IllegalArgumentException("a version has no stamp or device");
            }
            Map<String, Long> vv = null;
            JsonNode vvNode = o.get("vv");
            if (vvNode != null && vvNode.isObject()) {
                vv = new HashMap<>();
                for (var it = vvNode.fields(); it.hasNext(); ) {
                    var e = it.next();
                    vv.put(e.getKey(), e.getValue().asLong());
                }
            }
            JsonNode v = o.get("v");
            out.add(new Version(v == null || v.isNull() ? null : v, h.asLong(), d.asText(), vv));
        }
        return out;
    }
}
