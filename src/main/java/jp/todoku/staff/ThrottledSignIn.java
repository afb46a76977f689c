package jp.todoku.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way staff sign in: asks {@link SignInThrottle} first, and only an attempt it lets through has its
 * user looked up and its password checked.
 *
 * <p>A held-back attempt is refused with a {@link LockedException} before any password is looked at, and
 * answered the same whatever password it carried. Refusing through a locked user instead would not do:
 * Spring Security 7 checks the password of a locked user first (so that a wrong one says "wrong password"),
 * which would tell a throttled guesser exactly when a guess was right. A {@code LockedException} from a
 * provider ends the sign-in at once ({@code ProviderManager} tries no other provider), and the form goes to
 * {@code /staff/login?wait}.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledSignIn(SignInThrottle throttle, StaffAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(accounts));
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!throttle.attempt(authentication.getName()).isZero()) {
            throw new LockedException("too many sign-in attempts; try again shortly");
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
