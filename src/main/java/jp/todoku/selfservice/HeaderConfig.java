package jp.todoku.selfservice;

import jp.todoku.headers.HeaderAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The header engine as a bean for the header page, the ticket view and the API. */
@Configuration(proxyBeanMethods = false)
class HeaderConfig {

    @Bean
    HeaderAnalyzer headerAnalyzer() {
        return HeaderAnalyzer.standard();
    }
}
