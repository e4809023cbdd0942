package app.microlead.sync;

import app.microlead.storage.KeyFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption of the sync folder's files (JDK only): the key is derived from the sync passphrase
 * with PBKDF2-HMAC-SHA256 (the journal's own work factor, {@link KeyFile#ITERATIONS}) and the folder's
 * random salt; each file is AES-256-GCM with a fresh random 96-bit nonce, its plaintext header (format
 * version, device, kind, sequence number) authenticated with it. Nothing of a file can be read or
 * changed unnoticed without the passphrase.
 */
final class SyncCrypto {

    static final byte[] MAGIC = "MLSYNC".getBytes(StandardCharsets.US_ASCII);
    /** The newest file format this version reads and writes. */
    static final int FORMAT = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key derived from the passphrase, and the check value that says whether a passphrase gives it. */
    record Keys(byte[] encryption, byte[] check) {
    }

    /** What stops a file from being read. */
    enum Failure { NOT_A_SYNC_FILE, NEWER_FORMAT, NOT_AUTHENTIC }

    static final class FileException extends Exception {
        final Failure failure;

        FileException(Failure failure) {
            super(failure.name());
            this.failure = failure;
        }
    }

    /** A file opened: its authenticated header and plaintext. */
    record Opened(byte[] header, byte[] plaintext) {
    }

    private SyncCrypto() {
    }

    static byte[] newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The work factor for a new folder (tests may lower it with {@code microlead.test.kdfIterations}). */
    static int iterations() {
        int n = Integer.getInteger("microlead.test.kdfIterations", KeyFile.ITERATIONS);
        return Math.max(KeyFile.MIN_ITERATIONS, Math.min(KeyFile.MAX_ITERATIONS, n));
    }

    static Keys derive(char[] passphrase, byte[] salt, int iterations) {
        try {
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] master = f.generateSecret(spec).getEncoded();
            spec.clearPassword();
            try {
                return new Keys(hmac(master, "microlead sync encryption v1"), hmac(master, "microlead sync check v1"));
            } finally {
                Arrays.fill(master, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }

    private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
    }

    static boolean sameCheck(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    static byte[] seal(byte[] key, byte[] header, byte[] plaintext) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            byte[] prefix = prefix(header);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(prefix);
            byte[] ct = c.doFinal(plaintext);
            return ByteBuffer.allocate(prefix.length + NONCE + ct.length).put(prefix).put(nonce).put(ct).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] prefix(byte[] header) {
        return ByteBuffer.allocate(MAGIC.length + 1 + 2 + header.length).put(MAGIC).put((byte) FORMAT)
                .putShort((short) header.length).put(header).array();
    }

    /** The header of a file without opening it (it is checked when the file is opened). */
    static byte[] peekHeader(byte[] file) throws FileException {
        ByteBuffer b = ByteBuffer.wrap(file);
        if (file.length < MAGIC.length + 3 || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new FileException(Failure.NOT_A_SYNC_FILE);
        }
        b.position(MAGIC.length);
        int format = b.get() & 0xff;
        if (format > FORMAT) {
            throw new FileException(Failure.NEWER_FORMAT);
        }
        int len = b.getShort() & 0xffff;
        if (b.remaining() < len + NONCE + TAG_BITS / 8) {
            throw new FileException(Failure.NOT_AUTHENTIC);
        }
        byte[] header = new byte[len];
        b.get(header);
        return header;
    }

    static Opened open(byte[] key, byte[] file) throws FileException {
        byte[] header = peekHeader(file);
        int at = MAGIC.length + 3 + header.length;
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, file, at, NONCE));
            c.updateAAD(file, 0, at);
            return new Opened(header, c.doFinal(file, at + NONCE, file.length - at - NONCE));
        } catch (AEADBadTagException e) {
            throw new FileException(Failure.NOT_AUTHENTIC);
        } catch (GeneralSecurityException e) {
            throw new FileException(Failure.NOT_AUTHENTIC);
        }
    }
}
