package jp.todoku.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Lets form login find staff accounts; hands Spring Security a copy, never the entity. Not a bean of its own:
 * {@link ThrottledSignIn} uses it behind the sign-in throttle, and a second way in would go around it.
 */
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;

    StaffUserDetailsService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalized;
        try {
            normalized = StaffAccount.normalize(username);
        } catch (IllegalArgumentException malformed) {
            throw new UsernameNotFoundException("no such staff account");
        }
        return accounts.findByUsername(normalized)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .roles(account.role().name())
                        .disabled(!account.isEnabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
    }
}
