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

/**
 * With no {@code spring.datasource.url}, HoiNghi runs its own MariaDB so that one command starts
 * the whole system. With a URL (a province's MySQL 8), this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(@Value("${hoinghi.data-dir}") String dataDir,
                          @Value("${hoinghi.embedded-db.ephemeral:false}") boolean ephemeral) {
        Path mariaDbData = ephemeral ? temporaryDir() : Path.of(dataDir, "mariadb");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(mariaDbData);
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(db.jdbcUrl())
                .username("root")
                .password("")
                .build();
        dataSource.setPoolName("hoinghi-embedded");
        return dataSource;
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
