package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An H2 upgrade that renames what {@link StoreHeader} uses must not drop the protection silently. */
class StoreHeaderTest {

    @Test
    void theH2InUseOffersWhatTheHeaderFixNeeds() {
        assertThat(StoreHeader.available()).isTrue();
    }
}
