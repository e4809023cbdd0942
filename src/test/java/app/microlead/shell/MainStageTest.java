package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The user is "in the app" also while one of its dialogs has the focus (the first-run welcome, a dialog opened
 * from a dialog): the end-of-day reminder then waits instead of popping up over it. Which window has the focus
 * is up to the window manager (Monocle keeps it on the main window), so this checks whose dialogs count.
 */
class MainStageTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theMainWindowsDialogsAndTheirDialogsCountAsTheAppOthersDoNot() throws Exception {
        List<Boolean> owned = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            Stage main = new Stage();
            Stage welcome = new Stage();
            welcome.initOwner(main);
            Stage nested = new Stage();
            nested.initOwner(welcome);
            Stage other = new Stage();
            owned.add(MainStage.ownedBy(main, main));
            owned.add(MainStage.ownedBy(welcome, main));
            owned.add(MainStage.ownedBy(nested, main));
            owned.add(MainStage.ownedBy(other, main));
            owned.add(MainStage.ownedBy(main, welcome));
        });
        assertThat(owned).containsExactly(true, true, true, false, false);
    }
}
