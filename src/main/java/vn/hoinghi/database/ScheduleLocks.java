package vn.hoinghi.database;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A {@code @Scheduled} job marked {@code @SchedulerLock} runs on one instance per tick, however many share the
 * database: the first to take its row in {@code shedlock} runs it, the others skip that tick (decision 040). Always
 * on; a lone instance simply always wins. The lock's time is the database's, so the instances' clocks need not agree;
 * it is written in a transaction of its own (the pool's connections do not commit by themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ScheduleLocks {

    @Bean
    LockProvider scheduleLockProvider(DataSource dataSource, PlatformTransactionManager transactions) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTransactionManager(transactions)
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
