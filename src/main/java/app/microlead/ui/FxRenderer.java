package app.microlead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Picks JavaFX's renderer before JavaFX starts. On Linux JavaFX first tries OpenGL: it loads the system's GL
 * stack and makes a context, and on a computer without a graphics device (a virtual machine without 3D, a
 * remote desktop, a headless server) Mesa can only offer its software renderer, which JavaFX then refuses
 * and falls back to its own. That try costs ~0.1 s before the first frame here. Where no device a GL driver
 * could use exists, the software renderer is asked for at once, without its cache of region backgrounds;
 * a renderer the user set ({@code -Dprism.order=…}) is always kept.
 */
public final class FxRenderer {

    static final String ORDER = "prism.order";
    static final String SOFTWARE = "sw";
    /**
     * With the software renderer, JavaFX keeps the regions' backgrounds drawn in one 2048×1024 image, an
     * 8 MB array in the heap; without it idle RSS was 5–9 MB lower and the tour's stalls no longer (measured).
     */
    static final String REGION_CACHE_OFF = "prism.disableRegionCaching";

    private FxRenderer() {
    }

    /** Call first thing in {@code main}, before any JavaFX class starts the toolkit. */
    public static void chooseBeforeStart() {
        choice(System.getProperty("os.name", ""), System.getProperty(ORDER), Path.of("/dev")).ifPresent(order -> {
            System.setProperty(ORDER, order);
            if (System.getProperty(REGION_CACHE_OFF) == null) {
                System.setProperty(REGION_CACHE_OFF, "true");
            }
        });
    }

    /**
     * The renderer to ask for, or empty to leave JavaFX's own order: {@link #SOFTWARE} on Linux when
     * {@code dev} holds no graphics device (DRI render nodes or cards, NVIDIA's devices, WSL's {@code dxg}).
     */
    static Optional<String> choice(String osName, String orderSet, Path dev) {
        if (orderSet != null || !osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        return hasGraphicsDevice(dev) ? Optional.empty() : Optional.of(SOFTWARE);
    }

    private static boolean hasGraphicsDevice(Path dev) {
        if (Files.exists(dev.resolve("dxg"))) {
            return true;
        }
        try (Stream<Path> dri = Files.list(dev.resolve("dri"))) {
            if (dri.anyMatch(p -> p.getFileName().toString().matches("(card|renderD)\\d+"))) {
                return true;
            }
        } catch (IOException | SecurityException e) {
            // no DRI folder: look further
        }
        try (Stream<Path> all = Files.list(dev)) {
            return all.anyMatch(p -> p.getFileName().toString().matches("nvidia\\d+"));
        } catch (IOException | SecurityException e) {
            return true; // cannot tell: leave JavaFX its own order
        }
    }
}
