package vn.hoinghi.database;

import java.nio.file.Path;

/** The app's own embedded MariaDB, started by a test for several app processes to share. */
public final class SharedMariaDb implements AutoCloseable {

    private final EmbeddedMariaDb db;

    private SharedMariaDb(EmbeddedMariaDb db) {
        this.db = db;
    }

    public static SharedMariaDb start(Path dataDir) {
        return new SharedMariaDb(EmbeddedMariaDb.startNew(dataDir));
    }

    public String jdbcUrl() {
        return db.jdbcUrl();
    }

    public String user() {
        return db.user();
    }

    public String password() {
        return db.password();
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }
}
