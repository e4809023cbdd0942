package app.microlead.journal;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.FxPrompts;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/** Tags as removable chips and a field that adds one on Enter, with completion from known tags. */
public final class TagsControl extends HBox {

    private final FlowPane chips = new FlowPane(6, 6);

    /** @param pending the text of the field, kept in step (a tag typed but not yet entered is saved too) */
    public TagsControl(ObservableList<String> tags, ObservableList<String> known, StringProperty pending,
                       Predicate<String> add, Consumer<String> remove) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        TextField input = new TextField();
        input.setId("today-tag-input");
        FxPrompts.prompt(input, t("journal.tags.add"));
        input.setPrefColumnCount(14);
        input.textProperty().bindBidirectional(pending);
        FxLazyTooltip.install(input, () -> t("journal.tags.tooltip"));
        TextFields.bindAutoCompletion(input, request -> {
            String typed = request.getUserText().strip().toLowerCase();
            if (typed.isEmpty()) {
                return List.of();
            }
            return known.stream().filter(t -> t.startsWith(typed) && !tags.contains(t)).limit(8).toList();
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (add.test(input.getText())) {
                    input.clear();
                }
                e.consume();
            }
        });
        Label icon = new Label(null, new FontIcon("fth-tag"));
        chips.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(icon, chips, input);
        Runnable rebuild = () -> {
            chips.getChildren().clear();
            for (String t : tags) {
                Button chip = new Button("#" + t, new FontIcon("fth-x"));
                chip.setId("tag-chip-" + t);
                chip.getStyleClass().addAll("tag-chip", "small");
                chip.setContentDisplay(ContentDisplay.RIGHT);
                FxLazyTooltip.install(chip, () -> t("journal.tags.remove", t));
                chip.setOnAction(e -> remove.accept(t));
                chips.getChildren().add(chip);
            }
        };
        rebuild.run();
        tags.addListener((ListChangeListener<String>) c -> rebuild.run());
    }
}
