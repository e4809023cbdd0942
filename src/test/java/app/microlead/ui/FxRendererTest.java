package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer asked for before JavaFX starts, read from a stand-in for {@code /dev}. */
class FxRendererTest {

    @TempDir
    Path dev;

    private void device(String name) throws Exception {
        Path p = dev.resolve(name);
        Files.createDirectories(p.getParent());
        Files.createFile(p);
    }

    @Test
    void linuxWithoutAnyGraphicsDeviceAsksForTheSoftwareRenderer() throws Exception {
        device("null");
        device("dri/by-path-placeholder");
        assertThat(FxRenderer.choice("Linux", null, dev)).contains("sw");
    }

    @Test
    void aDriCardOrRenderNodeNvidiaOrWslDeviceLeavesJavaFxItsOwnOrder() throws Exception {
        for (String gpu : new String[] {"dri/card0", "dri/renderD128", "nvidia0", "dxg"}) {
            Path one = dev.resolve(gpu.replace('/', '-'));
            Files.createDirectories(one);
            Path file = one.resolve(gpu);
            Files.createDirectories(file.getParent());
            Files.createFile(file);
            assertThat(FxRenderer.choice("Linux", null, one)).as(gpu).isEmpty();
        }
    }

    @Test
    void aRendererTheUserSetIsKept() {
        assertThat(FxRenderer.choice("Linux", "es2", dev)).isEmpty();
        assertThat(FxRenderer.choice("Linux", "sw", dev)).isEmpty();
    }

    @Test
    void otherSystemsAreLeftAlone() {
        assertThat(FxRenderer.choice("Windows 11", null, dev)).isEmpty();
        assertThat(FxRenderer.choice("Mac OS X", null, dev)).isEmpty();
    }

    @Test
    void aDevFolderThatCannotBeReadLeavesJavaFxItsOwnOrder() {
        assertThat(FxRenderer.choice("Linux", null, dev.resolve("missing"))).isEmpty();
    }
}
