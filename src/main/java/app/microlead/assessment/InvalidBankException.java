package app.microlead.assessment;

/** The question bank breaks a rule; the message names the problem. */
public final class InvalidBankException extends IllegalArgumentException {

    public InvalidBankException(String problem) {
        super("Invalid question bank: " + problem);
    }
}
