package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The probe counts a blocked FX thread as a stall of the current phase, but not the driver's own work. */
class FxStallProbeTest {

    @Test
    void stallsArePutDownToTheirPhaseAndTheDriversOwnWorkIsNotCounted() throws Exception {
        FxToolkit.registerPrimaryStage();
        System.setProperty(FxStallProbe.PROPERTY, "true");
        try {
            FxToolkit.setupFixture(FxStallProbe::startIfAsked);
        } finally {
            System.clearProperty(FxStallProbe.PROPERTY);
        }
        FxStallProbe probe = FxStallProbe.running();
        assertThat(probe).isNotNull();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);

        probe.mark("quiet");
        probe.runUncounted(() -> block(400));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        probe.mark("busy");
        block(250);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);

        assertThat(probe.longestByPhaseMillis().get("quiet")).isLessThan(400);
        assertThat(probe.longestByPhaseMillis().get("busy")).isGreaterThanOrEqualTo(250);
        assertThat(probe.longestMillis()).isGreaterThanOrEqualTo(250);
        assertThat(probe.summary()).contains("gaps over 100 ms");
    }

    /** Keeps the FX thread busy for a while. */
    private static void block(long millis) {
        try {
            FxToolkit.setupFixture(() -> {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
