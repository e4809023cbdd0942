package app.microlead.journal;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxFocus;
import app.microlead.ui.FxLazyTooltip;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * A 1–5 rating as five labelled toggle buttons. Whatever chooses a step chooses the value: a click, Space,
 * or the arrow keys (which JavaFX lets move the selection within the group without an action: a mood chosen
 * so showed but was never kept). Choosing the chosen step again keeps it; "Clear", Delete or Backspace
 * leave the rating empty.
 */
public final class RatingControl extends HBox {

    public RatingControl(String idPrefix, String title, List<String> labels, ObjectProperty<Integer> value) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("rating");
        Label caption = new Label(title);
        caption.getStyleClass().add("rating-caption");
        caption.setMinWidth(64);
        getChildren().add(caption);
        ToggleGroup group = new ToggleGroup();
        ToggleButton[] buttons = new ToggleButton[5];
        for (int i = 1; i <= 5; i++) {
            int v = i;
            ToggleButton b = new ToggleButton(i + " " + labels.get(i - 1));
            b.setId(idPrefix + "-" + i);
            b.setToggleGroup(group);
            b.getStyleClass().addAll("rating-button", "rating-" + i);
            String tip = t("journal.rating.tooltip", title, labels.get(i - 1), i);
            FxLazyTooltip.install(b, () -> tip);
            b.setUserData(v);
            b.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                    value.set(null);
                    e.consume();
                }
            });
            // the arrow keys choose the step beside, and its focus ring shows
            b.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                int step = FxFocus.arrowStep(e);
                if (step != 0) {
                    e.consume();
                    int next = Math.max(1, Math.min(5, v + step));
                    value.set(next);
                    FxFocus.focusByKeyboard(buttons[next - 1]);
                }
            });
            buttons[i - 1] = b;
            getChildren().add(b);
        }
        Button clear = new Button(t("journal.rating.clear"));
        clear.setId(idPrefix + "-clear");
        clear.getStyleClass().addAll("flat", "small");
        clear.setOnAction(e -> value.set(null));
        clear.disableProperty().bind(value.isNull());
        getChildren().add(clear);
        boolean[] showing = {false};
        Runnable sync = () -> {
            showing[0] = true;
            try {
                Integer v = value.get();
                for (int i = 0; i < 5; i++) {
                    buttons[i].setSelected(v != null && v == i + 1);
                }
            } finally {
                showing[0] = false;
            }
        };
        sync.run();
        value.addListener((o, a, b) -> sync.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (showing[0]) {
                return;
            }
            if (now == null) {
                sync.run(); // the chosen step pressed again: it stays chosen
            } else {
                value.set((Integer) now.getUserData());
            }
        });
    }
}
