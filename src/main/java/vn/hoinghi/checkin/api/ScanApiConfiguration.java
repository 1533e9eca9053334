package vn.hoinghi.checkin.api;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import vn.hoinghi.checkin.ScannerService;

@Configuration
class ScanApiConfiguration {

    @Bean
    ServletRegistrationBean<ScanServlet> scanServlet(ScannerService scanner, JsonMapper json) {
        ServletRegistrationBean<ScanServlet> registration = new ServletRegistrationBean<>(new ScanServlet(scanner, json), "/api/scan");
        registration.setName("scanServlet");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
