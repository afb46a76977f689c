package jp.todoku.staff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The console's settings. The engines (knowledge base, diagnoser) are not beans here: the
 * self-service feature may publish its own, and two beans of one type would make injection ambiguous.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurgeSettings.class)
class StaffBeans {
}
