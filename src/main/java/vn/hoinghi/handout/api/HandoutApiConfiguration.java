package vn.hoinghi.handout.api;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoinghi.handout.HandoutDownloads;

@Configuration
class HandoutApiConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> handoutDownloadValve(HandoutDownloads downloads) {
        HandoutServlet servlet = new HandoutServlet(downloads);
        return factory -> factory.addEngineValves(new HandoutValve(servlet));
    }
}
