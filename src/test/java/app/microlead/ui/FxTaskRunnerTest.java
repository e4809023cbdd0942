package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The production task runner keeps the promises of {@code TaskRunner}: writes one at a time in the order
 * given, reads beside them (never behind a slow write) and beside each other, every callback on the FX
 * thread, and pending writes finished before it stops.
 */
class FxTaskRunnerTest {

    private final FxTaskRunner tasks = new FxTaskRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void writesRunOneAtATimeInTheOrderGivenAndTheirCallbacksFollowInThatOrderOnTheFxThread() throws Exception {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<Integer> handedBack = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicBoolean offFxThread = new AtomicBoolean();
        for (int i = 0; i < 40; i++) {
            int n = i;
            tasks.write(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(2); // time for another writer to overlap, if there were one
                ran.add(n);
                running.decrementAndGet();
                return n;
            }, r -> {
                if (!Platform.isFxApplicationThread()) {
                    offFxThread.set(true);
                }
                handedBack.add(r);
            }, e -> { });
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> handedBack.size() == 40);
        List<Integer> inOrder = IntStream.range(0, 40).boxed().toList();
        assertThat(ran).isEqualTo(inOrder);
        assertThat(handedBack).isEqualTo(inOrder);
        assertThat(mostAtOnce.get()).isEqualTo(1);
        assertThat(offFxThread.get()).as("a callback ran off the FX thread").isFalse();
        assertThat(tasks.idle()).isTrue();
    }

    @Test
    void aReadDoesNotWaitForASlowWrite() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean writeDone = new AtomicBoolean();
        tasks.write(() -> release.await(60, TimeUnit.SECONDS), ok -> writeDone.set(true), e -> { });
        AtomicReference<String> read = new AtomicReference<>();
        tasks.read(() -> "read", read::set, e -> { });
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> read.get() != null);
            assertThat(writeDone.get()).as("the write is still held").isFalse();
            assertThat(tasks.idle()).as("the held write is pending").isFalse();
        } finally {
            release.countDown();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, writeDone::get);
        assertThat(tasks.idle()).isTrue();
    }

    @Test
    void twoReadsRunAtTheSameTime() throws Exception {
        // each read waits for the other to have started: reads one after the other would never meet
        CyclicBarrier both = new CyclicBarrier(2);
        List<String> done = new CopyOnWriteArrayList<>();
        List<Throwable> failed = new CopyOnWriteArrayList<>();
        for (String name : List.of("a", "b")) {
            tasks.read(() -> {
                both.await(30, TimeUnit.SECONDS);
                return name;
            }, done::add, failed::add);
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> done.size() + failed.size() == 2);
        assertThat(failed).isEmpty();
        assertThat(done).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aFailedWriteIsReportedOnTheFxThreadAndTheNextWritesStillRun() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean failureOnFx = new AtomicBoolean();
        AtomicReference<String> next = new AtomicReference<>();
        tasks.write(() -> {
            throw new IllegalStateException("disk full");
        }, ok -> { }, e -> {
            failureOnFx.set(Platform.isFxApplicationThread());
            failure.set(e);
        });
        tasks.write(() -> "after", next::set, e -> { });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> next.get() != null && failure.get() != null);
        assertThat(failure.get()).hasMessage("disk full");
        assertThat(failureOnFx.get()).isTrue();
        assertThat(next.get()).isEqualTo("after");
    }

    @Test
    void stoppingFinishesTheWritesAlreadyGiven() {
        List<Integer> written = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            tasks.write(() -> {
                Thread.sleep(20); // still queued when shutdown is called
                written.add(n);
                return n;
            }, ok -> { }, e -> { });
        }
        tasks.shutdown();
        assertThat(written).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aTaskGivenAfterStoppingIsDroppedWithoutAnErrorOnTheCallersThread() throws Exception {
        tasks.shutdown();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean ran = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                // a debounce of a closed window firing late: it used to throw RejectedExecutionException
                // on the FX thread, which the next window of the same JVM took for its own start-up failure
                tasks.read(() -> ran.getAndSet(true), r -> { }, e -> { });
                tasks.write(() -> ran.getAndSet(true), r -> { }, e -> { });
            } catch (Throwable t) {
                thrown.set(t);
            }
        }).get(10, TimeUnit.SECONDS);
        assertThat(thrown.get()).isNull();
        assertThat(ran.get()).isFalse();
        assertThat(tasks.idle()).isTrue();
    }
}
