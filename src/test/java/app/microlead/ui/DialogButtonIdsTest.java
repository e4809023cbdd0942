package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.ui.FxAccessible;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.Test;

class DialogButtonIdsTest {

    @Test
    void dialogButtonsAreNamedByTheirRoleNotByTheirWords() {
        assertThat(FxAccessible.buttonName(ButtonType.CLOSE)).isEqualTo("close");
        assertThat(FxAccessible.buttonName(ButtonType.CANCEL)).isEqualTo("cancel");
        assertThat(FxAccessible.buttonName(new ButtonType("Hinzufügen", ButtonData.OK_DONE))).isEqualTo("ok");
        assertThat(FxAccessible.buttonName(new ButtonType("Abbrechen", ButtonData.CANCEL_CLOSE))).isEqualTo("cancel");
        assertThat(FxAccessible.buttonName(new ButtonType("Keep both texts", ButtonData.NO))).isEqualTo("no");
        assertThat(FxAccessible.buttonName(new ButtonType("Later", ButtonData.BACK_PREVIOUS))).isEqualTo("back-previous");
    }
}
