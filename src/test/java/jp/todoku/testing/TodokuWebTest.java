package jp.todoku.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context every web test shares: the real application on a random port over an
 * in-memory H2 in PostgreSQL mode. Put only this on a test class (no extra context annotations,
 * no @MockitoBean) so the context is started once per test run. MockMvc and RestTestClient are
 * there for those who want them; {@link Visitor} talks real HTTP with cookies.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
@AutoConfigureRestTestClient
@Import({FailingPages.class, TestDns.class})
public @interface TodokuWebTest {

    /** The first administrator of the test database (see application-test.properties). */
    String ADMIN_USERNAME = "admin";
    String ADMIN_PASSWORD = "test-admin-password";
}
