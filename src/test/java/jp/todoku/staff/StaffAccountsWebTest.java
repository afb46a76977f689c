package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin manages accounts; everyone changes their own password; the audit log records it all. */
@TodokuWebTest
class StaffAccountsWebTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountRepository accounts;

    private Visitor admin() {
        Visitor admin = Visitor.at(port);
        admin.signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD);
        return admin;
    }

    @Test
    void anAdminCreatesDisablesAndResetsAnAgent() {
        Visitor admin = admin();
        String name = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        Page list = admin.get("/staff/accounts");

        Page created = admin.submit(list, "/staff/accounts",
                Map.of("username", name, "role", "AGENT", "password", "first-password-1"));
        assertThat(created.location()).isEqualTo("/staff/accounts");
        assertThat(admin.get("/staff/accounts").body()).contains(name);
        Visitor agent = Visitor.at(port);
        assertThat(agent.signIn(name, "first-password-1").location()).isEqualTo("/staff");
        assertThat(agent.get("/staff").status()).isEqualTo(200);

        admin.submit(list, "/staff/accounts/" + name + "/password", Map.of("password", "second-password-2"));
        assertThat(agent.get("/staff").status()).as("a reset ends the open session").isEqualTo(302);
        assertThat(Visitor.at(port).signIn(name, "first-password-1").location()).isEqualTo("/staff/login?error");
        assertThat(Visitor.at(port).signIn(name, "second-password-2").location()).isEqualTo("/staff");

        admin.submit(list, "/staff/accounts/" + name + "/disable", Map.of());
        assertThat(accounts.findByUsername(name).orElseThrow().isEnabled()).isFalse();
        assertThat(Visitor.at(port).signIn(name, "second-password-2").location()).isEqualTo("/staff/login?error");

        String audit = admin.get("/staff/audit").body();
        assertThat(audit).contains(name, "アカウント作成", "パスワード再設定", "アカウント無効化");
    }

    @Test
    void shortPasswordsDuplicateNamesAndDisablingYourselfAreRefused() {
        Visitor admin = admin();
        Page list = admin.get("/staff/accounts");

        admin.submit(list, "/staff/accounts", Map.of("username", "shorty", "role", "AGENT", "password", "short"));
        assertThat(accounts.findByUsername("shorty")).isEmpty();
        Page refused = admin.get("/staff/accounts");
        assertThat(refused.body()).contains("12文字以上");

        admin.submit(list, "/staff/accounts", Map.of("username", TodokuWebTest.ADMIN_USERNAME, "role", "AGENT",
                "password", "long-enough-password"));
        assertThat(admin.get("/staff/accounts").body()).contains("すでに使われています");

        admin.submit(list, "/staff/accounts/" + TodokuWebTest.ADMIN_USERNAME + "/disable", Map.of());
        assertThat(accounts.findByUsername(TodokuWebTest.ADMIN_USERNAME).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void staffChangeTheirOwnPasswordOnlyWithTheCurrentOne() {
        Visitor admin = admin();
        String name = "self-" + UUID.randomUUID().toString().substring(0, 8);
        admin.submit(admin.get("/staff/accounts"), "/staff/accounts",
                Map.of("username", name, "role", "AGENT", "password", "first-password-1"));
        Visitor agent = Visitor.at(port);
        agent.signIn(name, "first-password-1");
        Page form = agent.get("/staff/password");

        agent.submit(form, "/staff/password", Map.of("current", "wrong-password-x", "password", "new-password-123",
                "confirmation", "new-password-123"));
        assertThat(agent.get("/staff/password").body()).contains("現在のパスワードが正しくありません");

        agent.submit(form, "/staff/password", Map.of("current", "first-password-1", "password", "new-password-123",
                "confirmation", "new-password-123"));
        assertThat(agent.get("/staff/password").body()).contains("パスワードを変更しました");
        assertThat(Visitor.at(port).signIn(name, "new-password-123").location()).isEqualTo("/staff");
    }

    @Test
    void signInsAndExportsAreAudited() {
        Visitor admin = admin();
        admin.get("/staff/tickets/export.csv");

        String audit = admin.get("/staff/audit").body();

        assertThat(audit).contains("サインイン", "CSVダウンロード");
    }
}
