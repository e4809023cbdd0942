package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Debounced actions run once on the FX thread, and none of a closed window runs later. */
class FxSchedulerTest {

    private final FxScheduler scheduler = new FxScheduler();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aScheduledActionRunsOnceAndIsThenNoLongerWaiting() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> scheduler.schedule(Duration.ofMillis(10), ran::countDown)).get(10, TimeUnit.SECONDS);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(scheduler::waiting).get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void closingCallsOffWhatIsWaitingAndSchedulesNothingMore() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch marker = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            scheduler.schedule(Duration.ofMillis(50), ran::incrementAndGet);
            scheduler.schedule(Duration.ofMillis(80), ran::incrementAndGet);
            assertThat(scheduler.waiting()).isEqualTo(2);
            scheduler.close();
            scheduler.schedule(Duration.ofMillis(10), ran::incrementAndGet);
            // a second scheduler, not closed, shows when the called-off ones would have run
            new FxScheduler().schedule(Duration.ofMillis(300), marker::countDown);
        }).get(10, TimeUnit.SECONDS);
        assertThat(marker.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran.get()).isZero();
        assertThat(WaitForAsyncUtils.asyncFx(scheduler::waiting).get(10, TimeUnit.SECONDS)).isZero();
    }
}
