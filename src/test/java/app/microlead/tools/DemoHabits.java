package app.microlead.tools;

import app.microlead.habits.Catalogue;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.OnboardingViewModel;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Demo habits with check-ins through the app's repository: {@code DemoHabits DIR DAYS [SEED]} adds a
 * few catalogue habits started DAYS ago and checks them in with a realistic pattern.
 */
public final class DemoHabits {

    private DemoHabits() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int days = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
        try (Database db = Database.open(DataFolder.open(dir))) {
            write(new JdbcHabitRepository(db), LocalDate.now(), days, seed,
                    List.of("greet-by-name", "explain-why", "delegate-task", "celebrate-win", "invite-quiet-voice",
                            "pause-before-reply", "reply-promptly"));
        }
    }

    public static void write(JdbcHabitRepository repo, LocalDate today, int days, long seed, List<String> ids) {
        Catalogue cat = Catalogue.load();
        Random r = new Random(seed);
        LocalDate start = today.minusDays(days - 1L);
        for (String id : ids) {
            Catalogue.MicroAction a = cat.byId(id).orElseThrow();
            Habit h = repo.add(new Habit(0, a.id(), a.name(), a.why(), a.pillar(), a.schedule(), 0, false, start, ""));
            double p = 0.45 + r.nextDouble() * 0.45;
            for (int i = 0; i < days; i++) {
                LocalDate d = start.plusDays(i);
                if (!a.schedule().isScheduledOn(d.getDayOfWeek())) {
                    continue;
                }
                double wanted = a.schedule().frequency() * (a.schedule().kind().name().startsWith("PER") ? 1.3 : 1);
                double roll = r.nextDouble();
                if (roll < p * Math.min(1, wanted + 0.05)) {
                    repo.setCheckIn(new CheckIn(h.id(), d, CheckIn.State.DONE, r.nextInt(6) == 0 ? "With the team" : ""));
                } else if (roll > 0.97) {
                    repo.setCheckIn(new CheckIn(h.id(), d, CheckIn.State.SKIPPED, "Out of office"));
                }
            }
        }
        repo.setFlag(OnboardingViewModel.FLAG);
    }
}
