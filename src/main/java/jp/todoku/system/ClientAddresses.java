package jp.todoku.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The address a request comes from, for rate limits, the sign-in throttle and logs: every feature asks here
 * rather than reading the request itself, so that proxy handling (which forwarded headers to believe, and
 * from whom) lives in one place.
 */
@Component
public class ClientAddresses {

    /** The client's address; today the peer of the connection (a forged X-Forwarded-For changes nothing). */
    public String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "" : address;
    }
}
