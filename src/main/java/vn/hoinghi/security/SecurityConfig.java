package vn.hoinghi.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ScreenLinkService screens) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/themes/**", "/icons/**").permitAll());
        http.addFilterAfter(new ScreenLinkFilter(screens),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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
