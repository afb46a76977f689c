package jp.todoku.staff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AdminSettings.class, SurgeSettings.class})
class StaffConfig {
}
