package vn.hoinghi.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataDirTest {

    @Test
    void aDataDirUnderTheTempFolderIsRefusedBecauseItWouldBeWipedAtStart() {
        String tmp = System.getProperty("java.io.tmpdir");
        assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.persistentDir(tmp + "/hoinghi"))
                .isInstanceOf(vn.hoinghi.base.StartRefusedException.class)
                .hasMessageContaining("HOINGHI_DATA_DIR");
    }

    @Test
    void theDefaultDataDirIsTheMariadbFolderInsideIt() {
        assertThat(EmbeddedDatabaseConfiguration.persistentDir("./data").toString()).endsWith("data/mariadb");
    }
}
