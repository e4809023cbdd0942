package app.microlead.sync;

import java.time.LocalDate;
import java.util.List;

/**
 * A day whose text was edited on two (or more) computers without either seeing the other's edit: the
 * journal holds all versions one after the other until the user picks one or merges them by hand.
 *
 * @param texts the versions, oldest edit first
 */
public record Conflict(LocalDate day, List<String> texts) {

    public Conflict {
        texts = List.copyOf(texts);
    }
}
