package app.microlead.storage;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The kill soak (bench/kill-soak.sh; not part of mvn verify): a child process saves reflections and
 * check-ins through the app's repositories, one day after another, and prints a line each time a save
 * has returned — the moment the app says "Saved". It is killed with SIGKILL at a random moment while
 * both cores are kept busy, again and again on the same data folder; after each kill the journal is
 * opened and every acknowledged save is looked for. Prints kills, acknowledged saves and losses.
 *
 * <pre>KillSoak DIR KILLS SEED</pre> ({@code -Dsoak.burners=N} sets the busy threads; one per core by default)
 */
public final class KillSoak {

    private KillSoak() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--child")) {
            child(Path.of(args[1]));
            return;
        }
        Path dir = Path.of(args[0]);
        int kills = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        Files.createDirectories(dir);
        int burners = Integer.getInteger("soak.burners", Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < burners; i++) {
            Thread burner = new Thread(KillSoak::burn, "cpu-load-" + i);
            burner.setDaemon(true);
            burner.start();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int lost = 0;
        int lossEvents = 0;
        for (int kill = 1; kill <= kills; kill++) {
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    KillSoak.class.getName(), "--child", dir.toString())
                    .redirectError(dir.resolveSibling(dir.getFileName() + "-child-err.txt").toFile()).start();
            int[] saves = {0};
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (!line.matches("(ENTRY|CHECK) \\d{4}-\\d{2}-\\d{2}")) {
                            continue; // a line cut by the kill was never acknowledged
                        }
                        acknowledged.add(line);
                        saves[0]++;
                    }
                } catch (Exception e) {
                    // killed
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (saves[0] == 0 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(2);
            }
            if (saves[0] == 0) {
                throw new IllegalStateException("kill " + kill + ": the child saved nothing (see "
                        + dir.getFileName() + "-child-err.txt)");
            }
            Thread.sleep(random.nextInt(1500));
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            // the file as the kill left it, before opening it changes it: kept when something was lost
            Path snapshot = dir.resolveSibling(dir.getFileName() + "-kill-" + kill + ".mv.db");
            Files.copy(dir.resolve("microlead.mv.db"), snapshot, StandardCopyOption.REPLACE_EXISTING);
            Set<String> present = new HashSet<>();
            try (Database db = Database.open(DataFolder.open(dir))) {
                JdbcJournalRepository journal = new JdbcJournalRepository(db, Clock.systemUTC());
                journal.dates().forEach(d -> present.add("ENTRY " + d));
                JdbcHabitRepository habits = new JdbcHabitRepository(db);
                if (!habits.habits(true).isEmpty()) {
                    habits.checkIns(habits.habits(true).get(0).id()).keySet().forEach(d -> present.add("CHECK " + d));
                }
            }
            int missing = 0;
            for (String a : acknowledged) {
                if (!present.contains(a)) {
                    missing++;
                }
            }
            if (missing > 0) {
                lossEvents++;
                lost += missing;
                List<String> gone = acknowledged.stream().filter(a -> !present.contains(a)).sorted().toList();
                String newest = acknowledged.stream().max(String::compareTo).orElse("");
                System.out.println("kill " + kill + ": " + missing + " acknowledged saves missing " + gone
                        + " (newest acknowledged " + newest + ", this run saved " + saves[0] + ")");
                acknowledged.retainAll(present); // count each loss once
                System.out.println("  file as left by the kill: " + snapshot);
            } else {
                Files.delete(snapshot);
            }
            if (kill % 50 == 0) {
                System.out.println("kills " + kill + ", acknowledged " + acknowledged.size() + ", lost " + lost);
            }
        }
        System.out.println("RESULT kills=" + kills + " acknowledged=" + (acknowledged.size() + lost) + " lost=" + lost
                + " lossEvents=" + lossEvents);
        System.exit(lost == 0 ? 0 : 1);
    }

    private static void burn() {
        long x = 0;
        while (true) {
            x += System.nanoTime() % 7;
            if (x == Long.MIN_VALUE) {
                System.out.println(x);
            }
        }
    }

    private static void child(Path dir) {
        Database db = Database.open(DataFolder.open(dir));
        JdbcJournalRepository journal = new JdbcJournalRepository(db, Clock.systemUTC());
        JdbcHabitRepository habits = new JdbcHabitRepository(db);
        LocalDate start = LocalDate.parse("2000-01-01");
        Habit habit = habits.habits(true).isEmpty()
                ? habits.add(new Habit(0, null, "Soak habit", "", Pillar.TRUST, Schedule.daily(), 0, false, start, ""))
                : habits.habits(true).get(0);
        LocalDate day = journal.dates().stream().max(LocalDate::compareTo).map(d -> d.plusDays(1)).orElse(start);
        for (int i = 0; ; i++, day = day.plusDays(1)) {
            journal.save(new Entry(day, "Reflection " + i + " of " + day + " " + "words ".repeat(40 + i % 200), 3, 3, List.of("soak"),
                    List.of(), null, null));
            System.out.println("ENTRY " + day);
            habits.setCheckIn(new CheckIn(habit.id(), day, CheckIn.State.DONE, "note " + i));
            System.out.println("CHECK " + day);
        }
    }
}
