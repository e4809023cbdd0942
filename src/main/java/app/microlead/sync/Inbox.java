package app.microlead.sync;

import static app.microlead.common.I18n.t;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the files of the folder this journal has not merged yet: of each device its newest snapshot
 * (when not merged) and the batches after it. A file that does not open (still arriving, changed,
 * another passphrase, a newer version of Microlead) is skipped with a problem in words and read
 * again at the next round; nothing of it reaches the journal.
 */
final class Inbox {

    record Received(SyncFolder.FileRef ref, Batch batch) {
    }

    record Read(List<Received> files, List<String> problems) {
    }

    private Inbox() {
    }

    static Read read(SyncFolder folder, byte[] key, Set<String> applied) throws IOException {
        List<SyncFolder.FileRef> all = folder.list();
        Map<String, Long> newestSnapshot = new HashMap<>();
        for (SyncFolder.FileRef f : all) {
            if (f.kind().equals(SyncFolder.SNAPSHOT)) {
                newestSnapshot.merge(f.device(), f.seq(), Math::max);
            }
        }
        all.sort(Comparator.comparing(SyncFolder.FileRef::device).thenComparingLong(SyncFolder.FileRef::seq)
                .thenComparing(f -> f.path().getFileName().toString()));
        List<Received> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> done = new HashSet<>(applied);
        for (SyncFolder.FileRef f : all) {
            long snap = newestSnapshot.getOrDefault(f.device(), 0L);
            boolean wanted = f.kind().equals(SyncFolder.SNAPSHOT) ? f.seq() == snap : f.seq() > snap;
            String id = SyncStore.appliedKey(f.device(), f.kind(), f.seq());
            if (!wanted || done.contains(id)) {
                continue;
            }
            String name = folder.root().relativize(f.path()).toString();
            try {
                SyncCrypto.Opened o = SyncCrypto.open(key, SyncFolder.read(f));
                Batch b = Batch.fromPayload(o.plaintext());
                if (!b.matches(o.header(), f)) {
                    problems.add(t("sync.problem.misplaced", name));
                    continue;
                }
                out.add(new Received(f, b));
                done.add(id);
            } catch (SyncCrypto.FileException e) {
                problems.add(switch (e.failure) {
                    case NEWER_FORMAT -> t("sync.problem.newer", name);
                    case NOT_A_SYNC_FILE -> t("sync.problem.foreign", name);
                    case NOT_AUTHENTIC -> t("sync.problem.unreadable", name);
                });
            } catch (IllegalArgumentException e) {
                problems.add(t("sync.problem.damaged", name));
            } catch (IOException e) {
                problems.add(t("sync.problem.io", name, IoReason.of(e)));
            }
        }
        return new Read(out, problems);
    }
}
