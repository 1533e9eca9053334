package vn.hoinghi.invitation.offline;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import vn.hoinghi.invitation.DelegatePageService;

/** Maps the offline card, the manifest and the service worker before Vaadin's servlet sees them (decision 038). */
@Configuration
class OfflineCardConfiguration {

    @Bean
    ServletRegistrationBean<OfflineCardServlet> offlineCard(DelegatePageService pages, JsonMapper json) {
        ServletRegistrationBean<OfflineCardServlet> bean = new ServletRegistrationBean<>(new OfflineCardServlet(pages, json),
                OfflineCardServlet.WORKER_PATH, OfflineCardServlet.CARD_PREFIX + "/*");
        bean.setName("delegateOfflineCard");
        return bean;
    }
}
