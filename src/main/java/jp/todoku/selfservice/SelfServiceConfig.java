package jp.todoku.selfservice;

import java.time.Clock;
import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.dnscheck.DnsChecks;
import jp.todoku.guide.Guide;
import jp.todoku.guide.Questionnaire;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The engines (diagnosis, knowledge, guide, DNS checks) as beans for the customer's pages and the API; scheduling for the permalink purge. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({SelfServiceSettings.class, RateLimitSettings.class, DnsSettings.class})
class SelfServiceConfig {

    @Bean
    Diagnoser diagnoser(SelfServiceSettings settings) {
        // The engine's own cap sits a little above ours: we answer "too large" ourselves, politely.
        return Diagnoser.withBundledKnowledge().withSizeCap(settings.maxPasteBytes() + 1024);
    }

    @Bean
    Knowledge knowledge() {
        return Knowledge.bundled();
    }

    /** Closed with the context: its worker threads end with it. */
    @Bean(destroyMethod = "close")
    DnsChecks dnsChecks(DnsSettings settings) {
        return DnsChecks.overDns(settings.engineSettings());
    }

    @Bean
    Guide guide(Clock clock) {
        return new Guide(Questionnaire.bundled(), clock);
    }
}
