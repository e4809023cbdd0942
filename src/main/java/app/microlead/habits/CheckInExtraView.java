package app.microlead.habits;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Something another feature shows on a check-in line of Today beside the note (the people feature's
 * person picker). One is made per line and told which check-in the line shows.
 */
public interface CheckInExtraView {

    Node node();

    /** The line now shows {@code habitId} on {@code day}; {@code marked} when it is done or skipped. */
    void show(long habitId, LocalDate day, boolean marked);

    /** Nothing beside the note. */
    static CheckInExtraView none() {
        Node empty = new Region();
        return new CheckInExtraView() {
            @Override
            public Node node() {
                return empty;
            }

            @Override
            public void show(long habitId, LocalDate day, boolean marked) {
            }
        };
    }
}
