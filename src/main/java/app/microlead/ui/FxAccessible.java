package app.microlead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** What screen readers say for controls that show only an icon, and for charts. */
public final class FxAccessible {

    private static boolean followingWindows;

    private FxAccessible() {
    }

    /**
     * From now on, the buttons of every dialog that opens get a stable id when they have none, the
     * same in every language: {@code <dialog pane id>-ok}, {@code -cancel}, {@code -close}, {@code -yes},
     * {@code -no} … (e.g. {@code shortcuts-close}, {@code habit-editor-ok}). Call on the FX thread.
     */
    public static void idDialogButtons() {
        if (followingWindows) {
            return;
        }
        followingWindows = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                        idButtons(pane);
                    }
                }
            }
        });
    }

    private static void idButtons(DialogPane pane) {
        if (pane.getId() == null) {
            return;
        }
        for (ButtonType type : pane.getButtonTypes()) {
            Node b = pane.lookupButton(type);
            if (b != null && b.getId() == null) {
                b.setId(pane.getId() + "-" + buttonName(type));
            }
        }
    }

    /** The same in every language: JavaFX's own button types by name, the app's by their role (ok, cancel). */
    static String buttonName(ButtonType type) {
        Map<ButtonType, String> known = Map.of(ButtonType.OK, "ok", ButtonType.CANCEL, "cancel", ButtonType.CLOSE,
                "close", ButtonType.YES, "yes", ButtonType.NO, "no", ButtonType.APPLY, "apply", ButtonType.FINISH,
                "finish", ButtonType.NEXT, "next", ButtonType.PREVIOUS, "previous");
        if (known.containsKey(type)) {
            return known.get(type);
        }
        return switch (type.getButtonData()) {
            case OK_DONE -> "ok";
            case CANCEL_CLOSE -> "cancel";
            default -> type.getButtonData().name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    /** An icon-only control: its accessible text, and the same words as its tooltip unless it has one. */
    public static <T extends Control> T name(T control, String text) {
        control.setAccessibleText(text);
        if (FxLazyTooltip.text(control).isEmpty()) {
            FxLazyTooltip.install(control, () -> text);
        }
        return control;
    }

    /**
     * A chart drawn as a picture: read as an image with this description, and a stop of the Tab key
     * (with a focus ring, style class {@code described-chart}) so keyboard users reach it too.
     */
    public static void describe(Node chart, String words) {
        chart.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        chart.setAccessibleText(words);
        chart.setFocusTraversable(true);
        if (!chart.getStyleClass().contains("described-chart")) {
            chart.getStyleClass().add("described-chart");
        }
    }

    /** An XY chart described from its series (x values as the axis shows them), kept up to date. */
    public static <X, Y extends Number> void describeData(XYChart<X, Y> chart, String title) {
        describeData(chart, title, x -> xWords(chart, x));
    }

    @SuppressWarnings("unchecked")
    private static <X> String xWords(XYChart<X, ?> chart, X x) {
        if (chart.getXAxis() instanceof ValueAxis<?> axis && axis.getTickLabelFormatter() != null) {
            return ((StringConverter<Object>) (StringConverter<?>) axis.getTickLabelFormatter())
                    .toString(x);
        }
        return x instanceof Number n ? ChartDescription.number(n.doubleValue()) : String.valueOf(x);
    }

    /** An XY chart described from its series, x values said by {@code xWords}, kept up to date as data changes. */
    public static <X, Y extends Number> void describeData(XYChart<X, Y> chart, String title,
                                                            Function<X, String> xWords) {
        Runnable update = () -> describe(chart, words(chart, title, xWords));
        ListChangeListener<XYChart.Data<X, Y>> points = c -> update.run();
        chart.getData().addListener((ListChangeListener<XYChart.Series<X, Y>>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(s -> s.getData().removeListener(points));
                c.getAddedSubList().forEach(s -> s.getData().addListener(points));
            }
            update.run();
        });
        chart.getData().forEach(s -> s.getData().addListener(points));
        update.run();
    }

    private static <X, Y extends Number> String words(XYChart<X, Y> chart, String title, Function<X, String> xWords) {
        List<ChartDescription.Series> series = new ArrayList<>();
        for (XYChart.Series<X, Y> s : chart.getData()) {
            List<String> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (XYChart.Data<X, Y> d : s.getData()) {
                xs.add(xWords.apply(d.getXValue()));
                ys.add(d.getYValue() == null ? Double.NaN : d.getYValue().doubleValue());
            }
            series.add(new ChartDescription.Series(s.getName(), xs, ys));
        }
        return ChartDescription.of(title, series);
    }
}
