package app.microlead.cli;

/** A command cannot go on: its message is one line a person can act on, printed as it is. */
final class CommandException extends RuntimeException {

    CommandException(String message) {
        super(message);
    }
}
