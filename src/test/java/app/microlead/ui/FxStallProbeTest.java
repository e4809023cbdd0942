package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The probe puts a gap between two frames down to the phase it happened in, but not the driver's own
 * work. Frames are handed to it with a clock the test moves, so nothing here depends on speed.
 */
class FxStallProbeTest {

    private long now = Duration.ofSeconds(1).toNanos();
    private long cpu = Duration.ofSeconds(1).toNanos();

    @Test
    void stallsArePutDownToTheirPhaseAndTheDriversOwnWorkIsNotCounted() throws Exception {
        FxToolkit.registerPrimaryStage(); // an AnimationTimer needs the toolkit
        FxStallProbe probe = new FxStallProbe(() -> now, () -> cpu);

        probe.mark("quiet");
        frameAfter(probe, 16);
        probe.runUncounted(() -> now += Duration.ofMillis(400).toNanos());
        frameAfter(probe, 5);                 // the frame that waited for the driver's work
        frameAfter(probe, 16);
        probe.mark("busy");
        cpu += Duration.ofMillis(90).toNanos(); // the rest of the 250 ms the window thread waited for a core
        frameAfter(probe, 250);
        frameAfter(probe, 16);

        assertThat(probe.longestByPhaseMillis()).containsEntry("quiet", 16L).containsEntry("busy", 250L);
        assertThat(probe.longestMillis()).isEqualTo(250);
        assertThat(probe.summary()).contains("longest gap 250 ms").contains("1 gaps over 100 ms").contains("5 pulses")
                .contains("most window-thread CPU in one gap 90 ms");
        assertThat(probe.mostCpuMillis()).isEqualTo(90);
    }

    @Test
    void theFirstFrameIsNoGap() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxStallProbe probe = new FxStallProbe(() -> now, () -> cpu);
        frameAfter(probe, 5000);
        assertThat(probe.longestMillis()).isZero();
        assertThat(probe.longestByPhaseMillis()).isEmpty();
    }

    private void frameAfter(FxStallProbe probe, long millis) {
        now += Duration.ofMillis(millis).toNanos();
        probe.handle(now);
    }
}
