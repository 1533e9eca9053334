package vn.hoinghi.gate.api;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import vn.hoinghi.gate.ScannerService;

@Configuration
class ScanApiConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> scanApi(ScannerService scanner, JsonMapper json) {
        ScanServlet servlet = new ScanServlet(scanner, json);
        return factory -> factory.addEngineValves(new ScanValve(servlet));
    }
}
