package app.microlead.storage;

import static app.microlead.common.I18n.t;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The header beside an encrypted journal ({@code microlead.key}): the random salt and the work
 * factor of the key derivation. The key itself is derived from the passphrase each time (PBKDF2 with
 * HMAC-SHA256, 600,000 iterations, 256 bits) and never stored; H2's own derivation (10 iterations)
 * is not relied on.
 */
public final class KeyFile {

    public static final String NAME = "microlead.key";
    public static final int ITERATIONS = 600_000;
    static final String KDF = "PBKDF2WithHmacSHA256";

    private final byte[] salt;
    private final int iterations;

    KeyFile(byte[] salt, int iterations) {
        this.salt = salt.clone();
        this.iterations = iterations;
    }

    /** A new header with a fresh random salt. */
    public static KeyFile create() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new KeyFile(salt, ITERATIONS);
    }

    public static Optional<KeyFile> read(Path dataDir) {
        Path f = dataDir.resolve(NAME);
        if (!Files.exists(f)) {
            // a passphrase change interrupted after the journal was converted leaves the new header staged
            f = dataDir.resolve(NAME + ".new");
        }
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = new ObjectMapper().readValue(f.toFile(), Map.class);
            if (!KDF.equals(m.get("kdf"))) {
                throw new StorageException(t("storage.key.unknown", f.toString(), String.valueOf(m.get("kdf"))));
            }
            return Optional.of(new KeyFile(Base64.getDecoder().decode(String.valueOf(m.get("salt"))),
                    ((Number) m.get("iterations")).intValue()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException(t("storage.key.damaged", f.toString()), e);
        }
    }

    /** Writes the header atomically (owner-only where the file system allows). */
    public void write(Path dataDir) {
        Path f = dataDir.resolve(NAME);
        Path tmp = dataDir.resolve(NAME + ".tmp");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kdf", KDF);
        m.put("iterations", iterations);
        m.put("salt", Base64.getEncoder().encodeToString(salt));
        m.put("cipher", "AES (H2)");
        try {
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), m);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException(t("storage.key.write.failed", f.toString(), e.getMessage()), e);
        }
    }

    public static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
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
