package jp.todoku.system;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: a {@code ?lang=ja|en} switch that a cookie remembers, else the browser's
 * Accept-Language, else Japanese. Only Japanese and English are ever set.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfig implements WebMvcConfigurer {

    static final String COOKIE = "todoku-lang";
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
        browser.setSupportedLocales(Arrays.stream(Language.values()).map(Language::locale).toList());
        browser.setDefaultLocale(Language.byDefault().locale());

        CookieLocaleResolver remembered = new RememberedLanguage();
        remembered.setDefaultLocaleFunction(browser::resolveLocale);
        remembered.setCookieMaxAge(Duration.ofDays(365));
        remembered.setCookieHttpOnly(true);
        remembered.setCookieSameSite("Lax");
        return remembered;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    /** Reads the cookie, but treats a value that is not one of our languages as absent. */
    private static final class RememberedLanguage extends CookieLocaleResolver {
        RememberedLanguage() {
            super(COOKIE);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return Language.find(value).map(Language::locale).orElse(null);
        }
    }

    /** Applies {@code ?lang=}; an unknown value is ignored rather than stored. */
    private static final class LanguageSwitch extends LocaleChangeInterceptor {
        LanguageSwitch() {
            setParamName(PARAMETER);
            setIgnoreInvalidLocale(true);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return Language.find(value).map(Language::locale)
                    .orElseThrow(() -> new IllegalArgumentException("not a Todoku language"));
        }

        /**
         * Reading {@code ?lang=} makes the server parse the body's parameters; for a broken multipart body
         * that fails again on the error page's dispatch (after {@link BrokenMultipart} answered 400), and the
         * polite 400 became a 500 (issue 16). A request whose parameters cannot be read switches nothing.
         */
        @Override
        public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                 jakarta.servlet.http.HttpServletResponse response, Object handler) {
            try {
                return super.preHandle(request, response, handler);
            } catch (Exception unreadableParameters) {
                return true;
            }
        }
    }
}
