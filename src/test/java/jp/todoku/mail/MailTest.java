package jp.todoku.mail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one context the mail tests share: the real application over in-memory H2, mail on, pointed at
 * GreenMail ({@link MailServers}); the scheduled jobs wait an hour so each test drives them itself.
 * Ports come from {@link MailTestPorts}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.auth=false",
        "spring.mail.properties.mail.smtp.starttls.enable=false",
        "todoku.public-url=https://help.example.jp",
        "todoku.mail.from=support@example.jp",
        "todoku.mail.support-address=support@example.jp",
        "todoku.mail.link-key=test-link-key-that-is-long-enough",
        "todoku.mail.send-interval=1h",
        "todoku.mail.first-retry=0s",
        "todoku.mail.max-attempts=3",
        "todoku.mail.imap.protocol=imap",
        "todoku.mail.imap.host=127.0.0.1",
        "todoku.mail.imap.username=" + MailServers.SUPPORT_LOGIN,
        "todoku.mail.imap.password=" + MailServers.SUPPORT_PASSWORD,
        "todoku.mail.imap.poll-interval=1h",
        "todoku.mail.answer-period=1h"})
@ActiveProfiles("test")
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@org.springframework.context.annotation.Import(MailTestPorts.class)
@interface MailTest {
}
