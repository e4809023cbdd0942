package app.microlead.storage;

import static app.microlead.common.I18n.t;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The header beside an encrypted journal ({@code microlead.key}): the random salt and the work
 * factor of the key derivation, and a check value. The key itself is derived from the passphrase
 * each time (PBKDF2 with HMAC-SHA256, 600,000 iterations, 256 bits) and never stored; H2's own
 * derivation (10 iterations) is not relied on. The check value is an HMAC-SHA256 of a fixed text
 * under the derived key: it tells a wrong passphrase from a damaged journal before the database is
 * touched, and reveals nothing a guesser could use without paying for the derivation.
 */
public final class KeyFile {

    public static final String NAME = "microlead.key";
    public static final int ITERATIONS = 600_000;
    /** Bounds of the work factor a key file may ask for: below is weak, above hangs the unlock. */
    public static final int MIN_ITERATIONS = 100_000;
    public static final int MAX_ITERATIONS = 10_000_000;
    static final int MIN_SALT_BYTES = 16;
    static final int MAX_SALT_BYTES = 1024;
    static final String KDF = "PBKDF2WithHmacSHA256";
    private static final byte[] CHECK_TEXT = "microlead key check v1".getBytes(StandardCharsets.US_ASCII);

    /** What the check value says about a derived key. */
    public enum Verdict {
        /** The key is the journal's. */
        MATCH,
        /** The key is not the journal's: the passphrase is wrong. */
        MISMATCH,
        /** An older key file without a check value: only opening the journal can tell. */
        UNKNOWN
    }

    private final byte[] salt;
    private final int iterations;
    private final byte[] check;

    KeyFile(byte[] salt, int iterations) {
        this(salt, iterations, null);
    }

    private KeyFile(byte[] salt, int iterations, byte[] check) {
        this.salt = salt.clone();
        this.iterations = iterations;
        this.check = check == null ? null : check.clone();
    }

    /**
     * A new header with a fresh random salt (and no check value until {@link #sealedWith}). Tests that
     * convert many times may lower the work factor with the system property
     * {@code microlead.test.kdfIterations}, never below {@link #MIN_ITERATIONS}.
     */
    public static KeyFile create() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int n = Integer.getInteger("microlead.test.kdfIterations", ITERATIONS);
        return new KeyFile(salt, Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, n)));
    }

    /** The same header carrying the check value of {@code fileKey} (a key derived with this header). */
    public KeyFile sealedWith(String fileKey) {
        return new KeyFile(salt, iterations, checkOf(fileKey));
    }

    public boolean hasCheck() {
        return check != null;
    }

    /** Compares a derived key with the check value, in constant time. */
    public Verdict verify(String fileKey) {
        if (check == null) {
            return Verdict.UNKNOWN;
        }
        return MessageDigest.isEqual(check, checkOf(fileKey)) ? Verdict.MATCH : Verdict.MISMATCH;
    }

    private static byte[] checkOf(String fileKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] key = HexFormat.of().parseHex(fileKey);
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            Arrays.fill(key, (byte) 0);
            return mac.doFinal(CHECK_TEXT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }

    /** The key file of the data folder, checked field by field; empty when the journal is not encrypted. */
    public static Optional<KeyFile> read(Path dataDir) {
        Path f = dataDir.resolve(NAME);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        return Optional.of(readFile(f));
    }

    /** Reads and checks a key file; a {@link StorageException} says in words what is wrong with it. */
    public static KeyFile readFile(Path f) {
        Map<String, Object> m;
        try {
            // jackson-jr, as for the preferences: an encrypted journal's start reads this before the passphrase
            // screen, and databind would load some 450 classes for it
            m = JSON.std.mapFrom(f.toFile());
        } catch (IOException | RuntimeException e) {
            throw new StorageException(t("storage.key.damaged", f.toString()), e);
        }
        if (m == null) {
            throw new StorageException(t("storage.key.damaged", f.toString()));
        }
        return fromMap(m, f.toString());
    }

    static KeyFile fromMap(Map<String, Object> m, String where) {
        if (!KDF.equals(m.get("kdf"))) {
            throw new StorageException(t("storage.key.unknown", where, String.valueOf(m.get("kdf"))));
        }
        if (!(m.get("iterations") instanceof Integer n) || n < MIN_ITERATIONS || n > MAX_ITERATIONS) {
            throw new StorageException(t("storage.key.iterations", where, String.valueOf(m.get("iterations")),
                    MIN_ITERATIONS, MAX_ITERATIONS));
        }
        byte[] salt = decode(m.get("salt"));
        if (salt == null || salt.length < MIN_SALT_BYTES || salt.length > MAX_SALT_BYTES) {
            throw new StorageException(t("storage.key.salt", where));
        }
        byte[] check = null;
        if (m.containsKey("check")) {
            check = decode(m.get("check"));
            if (check == null || check.length != 32) {
                throw new StorageException(t("storage.key.damaged", where));
            }
        }
        return new KeyFile(salt, n, check);
    }

    private static byte[] decode(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kdf", KDF);
        m.put("iterations", iterations);
        m.put("salt", Base64.getEncoder().encodeToString(salt));
        if (check != null) {
            m.put("check", Base64.getEncoder().encodeToString(check));
        }
        m.put("cipher", "AES (H2)");
        return m;
    }

    /** Writes the header atomically and forces it to the disk (owner-only where the file system allows). */
    public void write(Path dataDir) {
        write(dataDir, NAME);
    }

    /** Writes the header under another name (the key of encrypted backups kept after encryption is off). */
    public void write(Path dataDir, String name) {
        Path f = dataDir.resolve(name);
        Path tmp = dataDir.resolve(name + ".tmp");
        try {
            JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).write(toMap(), tmp.toFile());
            FileSync.restrictToOwner(tmp);
            FileSync.force(tmp);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            FileSync.forceDirectory(dataDir);
        } catch (IOException e) {
            throw new StorageException(t("storage.key.write.failed", f.toString(), e.getMessage()), e);
        }
    }

    public static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
            FileSync.forceDirectory(dataDir);
        } catch (IOException e) {
            throw new StorageException(t("storage.key.remove.failed", e.getMessage()), e);
        }
    }

    /** The H2 file password: the derived key as hex. The passphrase array is wiped afterwards. */
    public String fileKey(char[] passphrase) {
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] key = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            spec.clearPassword();
            String hex = HexFormat.of().formatHex(key);
            Arrays.fill(key, (byte) 0);
            return hex;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this Java runtime", e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}
