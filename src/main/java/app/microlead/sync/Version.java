package app.microlead.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One version of a synced value: the value (null when it was removed: a tombstone), the hybrid
 * logical clock stamp and the device that made it, and, for a day's text only, the version vector
 * (the latest stamp of each device this version was made on top of) that tells concurrent edits from
 * later ones.
 */
record Version(JsonNode value, long hlc, String device, Map<String, Long> vv) {

    /** Later stamp first wins; the device id breaks a tie, so every device picks the same version. */
    static final Comparator<Version> ORDER = Comparator.comparingLong(Version::hlc).thenComparing(Version::device);

    Version {
        Objects.requireNonNull(device, "device");
        vv = vv == null ? null : Map.copyOf(new TreeMap<>(vv));
    }

    boolean isTombstone() {
        return value == null || value.isNull();
    }

    /** True when this version was made on top of {@code other} (it had seen it), or is it. */
    boolean covers(Version other) {
        if (vv == null || other.vv == null) {
            return ORDER.compare(this, other) >= 0;
        }
        for (Map.Entry<String, Long> e : other.vv.entrySet()) {
            if (vv.getOrDefault(e.getKey(), Long.MIN_VALUE) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    boolean sameEdit(Version other) {
        return hlc == other.hlc && device.equals(other.device);
    }
}
