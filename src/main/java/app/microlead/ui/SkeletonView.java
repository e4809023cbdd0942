package app.microlead.ui;

import app.microlead.common.FontSize;
import app.microlead.common.Theme;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The window's first frame: the main window's two areas (the sidebar and the content) in the theme's
 * colours, drawn without controls, fonts or stylesheets, so it costs no more than an empty window.
 * The real window replaces it a moment later.
 */
public final class SkeletonView {

    /** The sidebar's width in em (app.css: {@code .sidebar { -fx-pref-width: 17em; }}). */
    static final double SIDEBAR_EM = 17;

    private SkeletonView() {
    }

    public static Region build(Theme theme, FontSize size) {
        Colors c = Colors.of(theme);
        Region sidebar = new Region();
        sidebar.setPrefWidth(SIDEBAR_EM * size.pixels());
        sidebar.setBackground(new Background(new BackgroundFill(Color.web(c.sidebar()), CornerRadii.EMPTY, Insets.EMPTY)));
        sidebar.setBorder(new Border(new BorderStroke(null, Color.web(c.border()), null, null, null,
                BorderStrokeStyle.SOLID, null, null, CornerRadii.EMPTY, new BorderWidths(0, 1, 0, 0), Insets.EMPTY)));
        BorderPane root = new BorderPane();
        root.setId("startup-skeleton");
        root.setLeft(sidebar);
        root.setBackground(new Background(new BackgroundFill(Color.web(c.content()), CornerRadii.EMPTY, Insets.EMPTY)));
        return root;
    }

    /**
     * AtlantaFX Primer's {@code -color-bg-subtle} (sidebar), {@code -color-bg-default} (content) and
     * {@code -color-border-default}; {@code SkeletonViewTest} checks them against the theme's stylesheet.
     */
    record Colors(String sidebar, String content, String border) {
        static Colors of(Theme theme) {
            return theme == Theme.DARK ? new Colors("#161b22", "#0d1117", "#30363d")
                    : new Colors("#f6f8fa", "#ffffff", "#d0d7de");
        }
    }
}
