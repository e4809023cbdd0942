package app.microlead.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where a command reads a passphrase, most often an encrypted journal's: a file ({@code --passphrase-file}),
 * standard input ({@code --passphrase-stdin}) or, with neither, the terminal without echo. Never an
 * argument: the command line of a running program can be read by every user of the computer.
 */
final class PassphraseInput {

    /** The option that names the file, as a message names it ({@code --journal-passphrase-file} for sync). */
    private final String fileOption;
    private final Path file;
    private final boolean stdin;
    private final InputStream in;
    private final Console console;

    PassphraseInput(String fileOption, Path file, boolean stdin, InputStream in, Console console) {
        this.fileOption = fileOption;
        this.file = file;
        this.stdin = stdin;
        this.in = in;
        this.console = console;
    }

    /**
     * The journal's passphrase from the file {@code fileOption} names, standard input or the terminal; giving
     * both the file and standard input is refused.
     */
    static PassphraseInput journal(String fileOption, Path file, boolean stdin) {
        if (file != null && stdin) {
            throw new CommandException("Give the journal's passphrase one way: " + fileOption
                    + " or --passphrase-stdin, not both.");
        }
        return new PassphraseInput(fileOption, file, stdin, System.in, System.console());
    }

    /** The passphrase (the caller wipes it), or a {@link CommandException} saying how to give one. */
    char[] read(Path dataDir) {
        if (file != null) {
            return fromFile();
        }
        if (stdin) {
            return fromStdin();
        }
        if (console != null) {
            char[] p = console.readPassword("Passphrase of the journal in %s: ", dataDir);
            if (p == null || p.length == 0) {
                throw new CommandException("No passphrase was typed, so the encrypted journal stays closed.");
            }
            return p;
        }
        throw new CommandException("This journal is encrypted. Give its passphrase with " + fileOption + " FILE or"
                + " --passphrase-stdin, or run the command in a terminal to be asked for it.");
    }

    private char[] fromFile() {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new CommandException("The passphrase file " + file + " does not exist or is not a file.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandException("The passphrase file " + file + " cannot be read. Check that it exists and"
                    + " that you may read it.");
        }
        try {
            char[] p = firstLine(StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes)));
            if (p.length == 0) {
                throw new CommandException("The passphrase file " + file + " is empty. Write the passphrase on its"
                        + " first line.");
            }
            return p;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private char[] fromStdin() {
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine();
            if (line == null || line.isEmpty()) {
                throw new CommandException("No passphrase came on standard input. Send it as the first line.");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new CommandException("The passphrase could not be read from standard input.");
        }
    }

    /** The text up to the first line break (a file ends with one more often than not), wiping the rest. */
    private static char[] firstLine(CharBuffer text) {
        int end = 0;
        while (end < text.limit() && text.get(end) != '\n' && text.get(end) != '\r') {
            end++;
        }
        char[] p = new char[end];
        text.get(p);
        if (text.hasArray()) {
            Arrays.fill(text.array(), '\0');
        }
        return p;
    }
}
