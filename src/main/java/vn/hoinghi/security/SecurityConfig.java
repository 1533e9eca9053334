package vn.hoinghi.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import vn.hoinghi.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * The scanner API: no session, no CSRF (devices post with their token, not a browser cookie). Each
     * request is authorised by the service from the device token, so the chain only lets requests through.
     * POST /api/scan itself never reaches the filters: Tomcat hands it to the scan servlet first (ScanValve, decision
     * 013); the servlet sets its own Cache-Control.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain scannerApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    /**
     * What the pages may load and run. Vaadin Flow needs inline scripts and {@code eval} (its client engine starts
     * from an inline script and runs what executeJs sends as functions) and inline styles; everything else is this
     * origin's only: no other site's scripts, styles, images, fonts or connections, no plugins, no framing, and forms
     * post only here.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ScreenLinkService screens, LoginThrottle throttle,
                                           RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/themes/**", "/icons/**").permitAll()
                // a delegate's offline card, manifest and service worker: the signed code in the path is the key
                .requestMatchers("/moi/sw.js", "/moi-the/**").permitAll()
                // the error page of a refused request (a missing CSRF token) is shown, not turned into a login
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.addFilterAfter(new ScreenLinkFilter(screens, throttle),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        // Written as the request starts: Vaadin commits its pages past the wrapper that adds the other headers at commit.
        HeaderWriterFilter policy = new HeaderWriterFilter(List.of(new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)));
        policy.setShouldWriteHeadersEagerly(true);
        http.addFilterBefore(policy, HeaderWriterFilter.class);
        // Vaadin's own requests carry Vaadin's CSRF token. Vaadin would also exempt the login form's POST, but its
        // form sends Spring's token (from the meta tags Vaadin puts in each page), so the login keeps the check.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
