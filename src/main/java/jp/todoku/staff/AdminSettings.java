package jp.todoku.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created once when no administrator exists. Set from
 * TODOKU_ADMIN_USERNAME and TODOKU_ADMIN_PASSWORD; a blank password means "generate one".
 */
@ConfigurationProperties("todoku.admin")
record AdminSettings(@DefaultValue("admin") String username, @DefaultValue("") String password) {

    AdminSettings {
        username = username == null || username.isBlank() ? "admin" : username;
        password = password == null ? "" : password;
    }

    boolean hasPassword() {
        return !password.isBlank();
    }

    @Override
    public String toString() {
        return "AdminSettings[username=" + username + ", password=" + (hasPassword() ? "(set)" : "(none)") + "]";
    }
}
