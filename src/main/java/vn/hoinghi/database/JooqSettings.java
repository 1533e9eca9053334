package vn.hoinghi.database;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JooqSettings {

    /** {@code fetchInto(SomeRecord.class)} fills a Java record's components by name, not by position (decision 015). */
    @Bean
    DefaultConfigurationCustomizer recordComponentsByName() {
        return configuration -> configuration.settings().setMapRecordComponentParameterNames(true);
    }
}
