package app.microlead.sync;

import static app.microlead.common.I18n.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * A file of the folder this user may not read was reported as "….snap could not be read (/the/path/….snap)":
 * Java's message is the path alone. (Tests here run as root, who may read anything, so the words are checked
 * on the exceptions themselves.)
 */
class IoReasonTest {

    private static final String SNAP = "/home/ana/Sync/microlead/devices/7a22/0000000001.snap";

    @Test
    void aFileThisUserMayNotOpenSaysSoRatherThanItsPathAgain() {
        String said = t("sync.problem.io", "devices/7a22/0000000001.snap", IoReason.of(new AccessDeniedException(SNAP)));
        assertThat(said).isEqualTo("devices/7a22/0000000001.snap could not be read (no access for this user account:"
                + " check the permissions); it is tried again at the next round.").doesNotContain(SNAP);
        assertThat(IoReason.of(new NoSuchFileException(SNAP))).isEqualTo("not found");
    }

    @Test
    void theSystemsReasonIsKeptAndOtherMessagesAsTheyAre() {
        assertThat(IoReason.of(new FileSystemException(SNAP, null, "No space left on device")))
                .isEqualTo("No space left on device");
        assertThat(IoReason.of(new IOException("Stream closed"))).isEqualTo("Stream closed");
    }
}
