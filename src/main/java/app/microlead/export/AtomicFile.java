package app.microlead.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * Writes an export all or nothing: into a temporary file in the same folder (".NAME.….part"), forced
 * to the disk, then moved into place in one step. On any failure (a full disk, a cancel, an error of
 * the writer) the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFile {

    /** Writes the content; it may close the stream it is given. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** For tests: wraps the stream to the temporary file (a disk that fills up after N bytes). */
    static volatile UnaryOperator<OutputStream> through = UnaryOperator.identity();

    private AtomicFile() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream os = new BufferedOutputStream(through.apply(Channels.newOutputStream(channel)));
                writer.write(new FilterOutputStream(os) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the channel is forced and closed below
                    }
                });
                os.flush();
                channel.force(true);
            }
            move(tmp, target);
        } catch (Throwable failed) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                failed.addSuppressed(e);
            }
            throw failed;
        }
    }

    /** {@link #write} of a text (UTF-8). */
    public static void writeString(Path target, String content) throws IOException {
        write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
