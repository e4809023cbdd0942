package app.microlead.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The content of one sync file: who wrote it (device id and name), its kind and number, and the
 * values it carries with all their versions. A batch carries a device's changes of one round; a
 * snapshot everything the device knew then, so older files can go.
 */
record Batch(String device, String deviceName, String kind, long seq, Map<String, List<Version>> units) {

    /** The plaintext header of the file (authenticated with it): the same device, kind and number. */
    byte[] header() {
        ObjectNode o = Unit.JSON.createObjectNode();
        o.put("device", device);
        o.put("kind", kind);
        o.put("seq", seq);
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The plaintext: JSON, gzipped. */
    byte[] payload() {
        ObjectNode o = Unit.JSON.createObjectNode();
        o.put("format", SyncCrypto.FORMAT);
        o.put("device", device);
        o.put("name", deviceName);
        o.put("kind", kind);
        o.put("seq", seq);
        ObjectNode u = o.putObject("units");
        new TreeMap<>(units).forEach((k, v) -> u.set(k, Unit.toJson(v)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            Unit.JSON.writeValue(gz, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads a payload; anything malformed is an {@link IllegalArgumentException}. */
    static Batch fromPayload(byte[] payload) {
        JsonNode o;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(payload))) {
            o = Unit.JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("the content is not readable", e);
        }
        if (o == null || !o.path("units").isObject() || !o.path("device").isTextual() || !o.path("seq").canConvertToLong()) {
            throw new IllegalArgumentException("the content is incomplete");
        }
        Map<String, List<Version>> units = new TreeMap<>();
        o.get("units").fields().forEachRemaining(e -> units.put(e.getKey(), Unit.fromJson(e.getValue())));
        return new Batch(o.get("device").asText(), o.path("name").asText(""), o.path("kind").asText(),
                o.get("seq").asLong(), units);
    }

    /** Whether the authenticated header says the same as the content and the file's place in the folder. */
    boolean matches(byte[] header, SyncFolder.FileRef where) {
        try {
            JsonNode h = Unit.JSON.readTree(header);
            return device.equals(h.path("device").asText()) && kind.equals(h.path("kind").asText())
                    && seq == h.path("seq").asLong() && device.equals(where.device()) && seq == where.seq()
                    && kind.equals(where.kind());
        } catch (IOException e) {
            return false;
        }
    }
}
