package app.microlead.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system over the real one that tells its subclass about every change to a file (write,
 * truncate, force) before passing it on; the subclass may refuse one by throwing. H2 makes a new
 * instance per path with the no-argument constructor, so subclasses keep their state in static fields.
 * Register an instance with {@code FilePath.register} and use its scheme in the URL
 * ({@code jdbc:h2:<scheme>:/path/to/db}).
 */
abstract class ObservedFilePath extends FilePathWrapper {

    /** Called before {@code length} bytes are written at {@code position} of {@code file}. */
    protected void beforeWrite(String file, long position, int length) throws IOException {
    }

    /** Called before {@code file} is cut to {@code size} bytes. */
    protected void beforeTruncate(String file, long size) throws IOException {
    }

    /** Called before {@code file} is forced to the disk. */
    protected void beforeForce(String file) throws IOException {
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode), this, getBase().toString());
    }

    private static final class Channel extends FileChannel {
        private final FileChannel base;
        private final ObservedFilePath owner;
        private final String file;

        Channel(FileChannel base, ObservedFilePath owner, String file) {
            this.base = base;
            this.owner = owner;
            this.file = file;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return base.read(dsts, offset, length);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            owner.beforeWrite(file, base.position(), src.remaining());
            return base.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += srcs[i].remaining();
            }
            owner.beforeWrite(file, base.position(), (int) Math.min(Integer.MAX_VALUE, total));
            return base.write(srcs, offset, length);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long p) throws IOException {
            base.position(p);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            owner.beforeTruncate(file, size);
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            owner.beforeForce(file);
            base.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return base.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            owner.beforeWrite(file, position, (int) Math.min(Integer.MAX_VALUE, count));
            return base.transferFrom(src, position, count);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            owner.beforeWrite(file, position, src.remaining());
            return base.write(src, position);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return base.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return base.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
