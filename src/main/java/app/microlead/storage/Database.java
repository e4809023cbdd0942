package app.microlead.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 journal database: opened once per run, migrated by Flyway, closed at shutdown.
 * Every commit is flushed to disk before it returns ({@code WRITE_DELAY=0}), so "saved" in the UI
 * means saved.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final JdbcConnectionPool pool;
    private final String url;
    private final String user;
    private final String password;

    private Database(JdbcConnectionPool pool, String url, String user, String password) {
        this.pool = pool;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Opens (creating if needed) and migrates the journal in the given folder. Before a schema upgrade
     * of an existing journal, a backup is written to {@code backups/} in the data folder.
     */
    public static Database open(DataFolder folder) {
        return open(folder, null);
    }

    static Database open(DataFolder folder, String targetVersion) {
        String url = "jdbc:h2:file:" + folder.databaseBase().toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        return open(url, "sa", "", folder.root().resolve("backups"), targetVersion);
    }

    static Database open(String url, String user, String password) {
        return open(url, user, password, null, null);
    }

    static Database open(String url, String user, String password, java.nio.file.Path backupDir, String targetVersion) {
        long start = System.nanoTime();
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password);
        pool.setMaxConnections(8);
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw StorageErrors.translateOpen(e);
        }
        try {
            var config = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration");
            if (targetVersion != null) {
                config.target(targetVersion);
            }
            Flyway flyway = config.load();
            var info = flyway.info();
            if (backupDir != null && info.applied().length > 0 && info.pending().length > 0) {
                backupBeforeUpgrade(pool, backupDir);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw StorageErrors.translateMigration(e);
        }
        LOG.info(() -> "Database open and migrated in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return new Database(pool, url, user, password);
    }

    private static void backupBeforeUpgrade(JdbcConnectionPool pool, java.nio.file.Path backupDir) {
        try {
            java.nio.file.Files.createDirectories(backupDir);
            String name = "microlead-" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")
                    .format(java.time.LocalDateTime.now()) + "-before-upgrade.zip";
            try (Connection c = pool.getConnection(); var st = c.prepareStatement("BACKUP TO ?")) {
                st.setString(1, backupDir.resolve(name).toString());
                st.execute();
            }
            LOG.info(() -> "Backup before schema upgrade: " + name);
        } catch (java.io.IOException | SQLException e) {
            throw new StorageException("Microlead needs to upgrade your journal's format but could not back it up"
                    + " first (" + e.getMessage() + "). Free some disk space and start again; nothing was changed.", e);
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The connection of an all-or-nothing {@link #transaction} running on this thread, if any. */
    private final ThreadLocal<Connection> scope = new ThreadLocal<>();

    /**
     * Runs {@code work} as one transaction: every {@link #read} and {@link #write} it makes on this
     * thread (through any repository) joins it, and either all of it is committed or none of it.
     */
    public <T> T transaction(java.util.function.Supplier<T> work) {
        if (scope.get() != null) {
            return work.get();
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            scope.set(c);
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                scope.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StorageErrors.translate("save your changes", e);
        }
    }

    /** Runs work on a pooled connection in auto-commit mode. */
    public <T> T read(SqlWork<T> work) {
        Connection joined = scope.get();
        if (joined != null) {
            try {
                return work.apply(joined);
            } catch (SQLException e) {
                throw StorageErrors.translate("read your journal", e);
            }
        }
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw StorageErrors.translate("read your journal", e);
        }
    }

    /** Runs work in one transaction; committed (and on disk) when this returns, rolled back on error. */
    public <T> T write(SqlWork<T> work) {
        Connection joined = scope.get();
        if (joined != null) {
            try {
                return work.apply(joined);
            } catch (SQLException e) {
                throw StorageErrors.translate("save your changes", e);
            }
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StorageErrors.translate("save your changes", e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
        // a plain (unpooled) connection: a pooled one would try to roll back after SHUTDOWN
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Database shutdown reported a problem", e);
        }
        LOG.info("Database closed");
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    @Override
    public String toString() {
        return "Database[" + url + "]";
    }
}
