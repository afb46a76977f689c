package jp.todoku.system;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what, and the headers every response carries. Features add their paths to
 * {@link #authorize}, in the section they belong to; the order of the sections matters.
 * Public only so that {@code @WebMvcTest} slices can {@code @Import(SecurityConfig.class)}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    static final String LOGIN_PAGE = "/staff/login";
    static final String LOGOUT = "/staff/logout";
    static final String STAFF_HOME = "/staff";

    // No inline script or style anywhere: a bounce may carry HTML, and this is the second fence.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http,
                            @org.springframework.beans.factory.annotation.Value("${todoku.public-url:}") String configuredUrl)
            throws Exception {
        // Read from the property, not the PublicUrl bean: web test slices load this class without it.
        PublicUrl publicUrl = new PublicUrl(configuredUrl);
        http.authorizeHttpRequests(SecurityConfig::authorize)
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .defaultSuccessUrl(STAFF_HOME, false)
                        .failureHandler(signInFailures()))
                .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                // Scripts calling the JSON API have no form to carry a token; the API must therefore never
                // change state on the strength of a browser session alone. Every browser form carries one.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**").csrfTokenRepository(csrfTokens(publicUrl.isHttps())))
                .headers(headers -> headers
                        // Behind a TLS proxy the request itself looks like plain HTTP: the configured public
                        // address says whether the site is served over HTTPS, so HSTS follows it (issue 16).
                        .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(request -> publicUrl.isHttps())
                                .maxAgeInSeconds(31_536_000).includeSubDomains(false))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(nosniff -> { }));
        return http.build();
    }

    /**
     * A wrong password (or unknown name) goes back to the form with {@code ?error}; an attempt the sign-in
     * throttle held back (a locked user) with {@code ?wait}, so the page can say to try again shortly.
     */
    private static AuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl(LOGIN_PAGE + "?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), LOGIN_PAGE + "?wait"));
        return failures;
    }

    /**
     * The CSRF token travels in its own HttpOnly cookie rather than in the session, so a customer
     * who only pastes a bounce or answers questions leaves no session row behind: the paste page
     * promises that nothing is kept unless they save a link or file a ticket.
     */
    private static CookieCsrfTokenRepository csrfTokens(boolean https) {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("TODOKU-CSRF");
        tokens.setCookieCustomizer(cookie -> {
            cookie.path("/").sameSite("Lax");
            if (https) {
                cookie.secure(true);
            }
        });
        return tokens;
    }

    /**
     * The sign-in session's cookie: Secure whenever the public address is HTTPS, even when a TLS proxy
     * hands Todoku plain HTTP (otherwise the cookie would be Secure only for requests that look secure).
     */
    @Bean
    org.springframework.session.web.http.CookieSerializer sessionCookies(
            @org.springframework.beans.factory.annotation.Value("${todoku.public-url:}") String configuredUrl,
            @org.springframework.beans.factory.annotation.Value("${server.servlet.session.cookie.name:SESSION}") String name) {
        PublicUrl publicUrl = new PublicUrl(configuredUrl);
        org.springframework.session.web.http.DefaultCookieSerializer cookies = new org.springframework.session.web.http.DefaultCookieSerializer();
        cookies.setCookieName(name);
        cookies.setSameSite("Lax");
        cookies.setUseHttpOnlyCookie(true);
        if (publicUrl.isHttps()) {
            cookies.setUseSecureCookie(true);
        }
        return cookies;
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
        // Error pages are rendered on a second dispatch; the first one was already checked.
        paths.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();

        // Operations: load balancers ask for health without credentials; the rest is for admins.
        paths.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(StaffRole.ADMIN.name());

        // Staff console.
        paths.requestMatchers(LOGIN_PAGE).permitAll()
                .requestMatchers("/staff/accounts", "/staff/accounts/**", "/staff/audit", "/staff/audit/**")
                .hasRole(StaffRole.ADMIN.name())
                .requestMatchers("/staff/**", STAFF_HOME).hasRole(StaffRole.AGENT.name());

        // Customers: everything else is public self-service.
        paths.anyRequest().permitAll();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role(StaffRole.ADMIN.name()).implies(StaffRole.AGENT.name()).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
