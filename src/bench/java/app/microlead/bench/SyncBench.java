package app.microlead.bench;

import app.microlead.backend.Backend;
import app.microlead.journal.Entry;
import app.microlead.journal.LuceneJournalSearch;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.sync.SyncEngine;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Sync on the generated 20-year journal (profile heavy), as a user meets it: the first round of the
 * computer that sets the folder up (its snapshot), a second, empty computer joining (it receives the
 * 20 years), a round with nothing changed, a round with one day changed and the other computer's round
 * that receives it, and the folder's size. Each run starts from fresh copies; medians are printed.
 *   java -cp microlead.jar:bench.jar app.microlead.bench.SyncBench [RUNS]   (bench/sync.sh)
 */
public final class SyncBench {

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path heavy = BenchJournals.journal("heavy");
        Map<String, List<Long>> figures = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            Path work = BenchJournals.dataRoot().resolve("sync-run");
            deleteTree(work);
            Path a = work.resolve("a");
            copyTree(heavy, a);
            Path b = work.resolve("b");
            Path folder = work.resolve("shared");
            Files.createDirectories(folder);
            try (Database da = Database.open(DataFolder.open(a)); Database db = Database.open(DataFolder.open(b))) {
                SyncEngine ea = new SyncEngine(new Backend(da, Clock.systemDefaultZone(), "bench"), "a", () -> { });
                Backend bb = new Backend(db, Clock.systemDefaultZone(), "bench");
                SyncEngine eb = new SyncEngine(bb, "b", () -> { });
                long t = System.nanoTime();
                ea.setUp(folder, "bench pass phrase".toCharArray());
                add(figures, "set-up-key-derivation-ms", t);
                t = System.nanoTime();
                ea.round();
                add(figures, "first-round-20-years-ms", t);
                eb.setUp(folder, "bench pass phrase".toCharArray());
                t = System.nanoTime();
                eb.round();
                add(figures, "join-receives-20-years-ms", t);
                figures.computeIfAbsent("days-received", k -> new ArrayList<>()).add((long) bb.journal().count());
                t = System.nanoTime();
                ea.round();
                add(figures, "round-receiving-the-joiners-snapshot-ms", t);
                t = System.nanoTime();
                ea.round();
                add(figures, "round-nothing-new-ms", t);
                Backend ba = new Backend(da, Clock.systemDefaultZone(), "bench");
                Entry e = ba.journal().find(LocalDate.now()).orElse(
                        new Entry(LocalDate.now(), "", null, null, List.of(), List.of(), null, null));
                ba.journal().save(new Entry(e.date(), e.text() + " One more line from the bench.", e.mood(), e.energy(),
                        e.tags(), e.answers(), e.createdAt(), e.updatedAt()));
                // what the app holds while a round runs: the search index of the whole journal
                LuceneJournalSearch index = new LuceneJournalSearch();
                index.build(ba.journal());
                long[] gc = settledOldGenCollections();
                t = System.nanoTime();
                ea.round();
                add(figures, "round-one-day-changed-ms", t);
                addGc(figures, "round-one-day-changed", gc);
                gc = settledOldGenCollections();
                t = System.nanoTime();
                eb.round();
                add(figures, "round-receiving-one-day-ms", t);
                addGc(figures, "round-receiving-one-day", gc);
                index.close();
            }
            long bytes;
            long files;
            try (Stream<Path> s = Files.walk(folder)) {
                List<Path> all = s.filter(Files::isRegularFile).toList();
                files = all.size();
                long sum = 0;
                for (Path p : all) {
                    sum += Files.size(p);
                }
                bytes = sum;
            }
            figures.computeIfAbsent("folder-kb", k -> new ArrayList<>()).add(bytes / 1024);
            figures.computeIfAbsent("folder-files", k -> new ArrayList<>()).add(files);
            figures.computeIfAbsent("journal-file-kb", k -> new ArrayList<>()).add(Files.size(heavy.resolve("microlead.mv.db")) / 1024);
            deleteTree(work);
        }
        figures.forEach((k, v) -> {
            List<Long> sorted = v.stream().sorted().toList();
            System.out.println("RESULT " + k + " " + sorted.get(sorted.size() / 2) + " (runs: " + v + ")");
        });
    }

    /**
     * The collections of the old generation so far and their total milliseconds: with the app's serial
     * collector each one stops every thread, the FX thread included, so a round that causes them is a
     * visible stall however long the round itself takes.
     */
    private static long[] settledOldGenCollections() {
        for (int i = 0; i < 5; i++) {
            System.gc(); // the heap as an app that has been idle a while has it: shrunk, step by step, to what is live
        }
        return oldGenCollections();
    }

    private static long[] oldGenCollections() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!b.getName().equals("Copy") && !b.getName().contains("Young") && !b.getName().contains("Scavenge")) {
                count += Math.max(0, b.getCollectionCount());
                ms += Math.max(0, b.getCollectionTime());
            }
        }
        return new long[] {count, ms};
    }

    private static void addGc(Map<String, List<Long>> figures, String round, long[] before) {
        long[] now = oldGenCollections();
        figures.computeIfAbsent(round + "-old-gen-collections", k -> new ArrayList<>()).add(now[0] - before[0]);
        figures.computeIfAbsent(round + "-old-gen-collection-ms", k -> new ArrayList<>()).add(now[1] - before[1]);
    }

    private static void add(Map<String, List<Long>> figures, String key, long startNanos) {
        figures.computeIfAbsent(key, k -> new ArrayList<>()).add((System.nanoTime() - startNanos) / 1_000_000);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
