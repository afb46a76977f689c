package jp.todoku.tickets;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class TicketsTestConfiguration {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
