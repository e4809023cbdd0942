package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Scheduler;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Debounced actions run once on the FX thread, none of a closed window runs later, and waiting draws nothing. */
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
    void whileAnActionWaitsJavaFxDrawsNoFrames() throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(new Label("Nothing moves here")), 200, 100));
            s.getScene().addPreLayoutPulseListener(pulses::incrementAndGet);
            s.show();
            return s;
        }).get(10, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitForFxEvents();
            Assumptions.assumeTrue(QuietFrames.waitForQuiet(pulses, 3), "something else in this JVM keeps animating");

            Scheduler.Cancellable later = WaitForAsyncUtils.asyncFx(
                    () -> scheduler.schedule(Duration.ofSeconds(30), () -> { })).get(10, TimeUnit.SECONDS);
            pulses.set(0);
            Thread.sleep(1000);
            int waiting = pulses.get();
            WaitForAsyncUtils.asyncFx(later::cancel).get(10, TimeUnit.SECONDS);
            // a PauseTransition waiting made JavaFX draw ~60 frames a second for as long as it waited
            assertThat(waiting).as("frames drawn in a second while an action waited").isLessThanOrEqualTo(3);

            // and the count sees frames when there are some: half a second of an animation draws many
            AnimationTimer animation = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    // nothing: running is enough to make JavaFX draw frames
                }
            };
            pulses.set(0);
            WaitForAsyncUtils.asyncFx(animation::start).get(10, TimeUnit.SECONDS);
            Thread.sleep(500);
            WaitForAsyncUtils.asyncFx(animation::stop).get(10, TimeUnit.SECONDS);
            assertThat(pulses.get()).as("frames counted while an animation ran").isGreaterThanOrEqualTo(10);
        } finally {
            WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
        }
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
