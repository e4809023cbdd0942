package app.microlead.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Scheduler} whose time moves only when a test calls {@link #advance}. */
public final class ManualScheduler implements Scheduler {

    private long nowMillis;
    private final List<Job> jobs = new ArrayList<>();

    private static final class Job {
        final long due;
        final Runnable action;
        boolean cancelled;

        Job(long due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Job job = new Job(nowMillis + delay.toMillis(), action);
        jobs.add(job);
        return () -> job.cancelled = true;
    }

    /** Moves time forward, running every action that falls due, in order. */
    public void advance(Duration by) {
        long target = nowMillis + by.toMillis();
        while (true) {
            Job next = null;
            for (Job j : jobs) {
                if (!j.cancelled && j.due <= target && (next == null || j.due < next.due)) {
                    next = j;
                }
            }
            if (next == null) {
                break;
            }
            jobs.remove(next);
            nowMillis = next.due;
            next.action.run();
        }
        nowMillis = target;
        jobs.removeIf(j -> j.cancelled);
    }

    public int pending() {
        return (int) jobs.stream().filter(j -> !j.cancelled).count();
    }
}
