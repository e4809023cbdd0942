package app.microlead;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The steps of closing the app, in order, each run whatever the ones before it did: a step that fails
 * is logged and the next one still runs, so a close that throws part-way still frees the journal's lock
 * and still starts the app again when Settings asked for a restart.
 */
final class Shutdown {

    /** One step of closing. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(Shutdown.class.getName());

    private final List<String> names = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    /** Adds a step, run after those added before it. */
    Shutdown then(String name, Step step) {
        names.add(name);
        steps.add(step);
        return this;
    }

    /**
     * Runs every step in order; returns the names of those that failed (each logged with its cause). A virtual
     * machine error (out of memory, a stack overflow) does not keep the later steps from running either; the
     * first one is thrown again once they have.
     */
    List<String> run() {
        List<String> failed = new ArrayList<>();
        VirtualMachineError fatal = null;
        for (int i = 0; i < steps.size(); i++) {
            try {
                steps.get(i).run();
            } catch (Throwable e) { // every step runs, whatever the one before it threw
                failed.add(names.get(i));
                LOG.log(Level.WARNING, "Closing: " + names.get(i) + " failed; the next steps run all the same", e);
                if (e instanceof VirtualMachineError vm && fatal == null) {
                    fatal = vm;
                }
            }
        }
        if (fatal != null) {
            throw fatal;
        }
        return failed;
    }
}
