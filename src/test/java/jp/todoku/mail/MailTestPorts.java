package jp.todoku.mail;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.context.annotation.Bean;

/** Hands GreenMail's ports to the shared mail test context. */
@TestConfiguration(proxyBeanMethods = false)
class MailTestPorts {

    @Bean
    static DynamicPropertyRegistrar greenMailPorts() {
        return registry -> {
            registry.add("spring.mail.port", MailServers::smtpPort);
            registry.add("todoku.mail.imap.port", MailServers::imapPort);
        };
    }
}
