package jp.todoku.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets form login find staff accounts; hands Spring Security a copy, never the entity. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;
    private final SignInThrottle throttle;

    StaffUserDetailsService(StaffAccountRepository accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
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
                        .accountLocked(throttle.isLocked(account.username()))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
    }
}
