package app.microlead.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How two devices' knowledge of one synced value becomes one, the same on every device whatever the
 * order: last writer wins (greatest stamp, then device id) — except a day's text, where versions
 * made without seeing each other are all kept (the day is "edited on two computers") until an edit
 * made on top of all of them replaces them.
 */
final class UnitMerge {

    private UnitMerge() {
    }

    /** Whether concurrent versions of the value at {@code key} are all kept rather than one chosen. */
    static boolean keepsBoth(String key) {
        return key.startsWith("e/") && key.endsWith("/text");
    }

    /** The merged versions, sorted by stamp; the input lists are not changed. */
    static List<Version> merge(String key, Collection<Version> mine, Collection<Version> theirs) {
        List<Version> all = new ArrayList<>(mine.size() + theirs.size());
        all.addAll(mine);
        all.addAll(theirs);
        if (all.isEmpty()) {
            return List.of();
        }
        if (!keepsBoth(key)) {
            return List.of(all.stream().max(Version.ORDER).orElseThrow());
        }
        List<Version> kept = new ArrayList<>();
        for (Version v : all) {
            boolean dominated = false;
            for (Version w : all) {
                if (!w.sameEdit(v) && w.covers(v) && !v.covers(w)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated && kept.stream().noneMatch(k -> k.sameEdit(v))) {
                kept.add(v);
            }
        }
        kept.sort(Version.ORDER);
        return List.copyOf(kept);
    }

    /** The version vector of an edit made here on top of {@code current}: all they had seen, and this edit. */
    static Map<String, Long> after(Collection<Version> current, String device, long stamp) {
        Map<String, Long> vv = new HashMap<>();
        for (Version v : current) {
            if (v.vv() != null) {
                v.vv().forEach((d, s) -> vv.merge(d, s, Math::max));
            }
            vv.merge(v.device(), v.hlc(), Math::max);
        }
        vv.put(device, stamp);
        return vv;
    }

    /** Whether the merged versions differ from what was there before (not just in order). */
    static boolean changed(List<Version> before, List<Version> after) {
        if (before.size() != after.size()) {
            return true;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).sameEdit(after.get(i))) {
                return true;
            }
        }
        return false;
    }
}
