package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The search index is built once: after the Journal's first frame or a moment after start-up, whichever is first. */
class SearchIndexStartTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicInteger built = new AtomicInteger();
    private final SearchIndexStart index = new SearchIndexStart(builds::incrementAndGet, new DirectTaskRunner(),
            scheduler, built::incrementAndGet);

    @Test
    void aMomentAfterStartUpTheIndexIsBuilt() {
        index.startSoon();
        scheduler.advance(SearchIndexStart.DELAY.minusMillis(1));
        assertThat(builds).hasValue(0);

        scheduler.advance(Duration.ofMillis(1));
        assertThat(builds).hasValue(1);
        assertThat(built).hasValue(1);
    }

    @Test
    void theJournalOpenedFirstBuildsItOnceOnly() {
        index.startSoon();
        index.startNow();
        index.startNow();
        scheduler.advance(SearchIndexStart.DELAY);

        assertThat(builds).hasValue(1);
        assertThat(built).hasValue(1);
    }

    @Test
    void closingBeforeTheMomentBuildsNothing() {
        index.startSoon();
        index.close();
        scheduler.advance(SearchIndexStart.DELAY);
        index.startNow();

        assertThat(builds).hasValue(0);
    }
}
