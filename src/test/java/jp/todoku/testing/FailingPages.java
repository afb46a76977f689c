package jp.todoku.testing;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** Test-only pages that fail on purpose, so error pages can be checked through real requests. */
@Controller
public class FailingPages {

    public static final String FAILURE = "/testing/failure";
    public static final String BAD_REQUEST = "/testing/bad-request";
    /** Must never reach a visitor: neither this text nor a stack trace. */
    public static final String SECRET = "internal-detail-4711";

    @GetMapping(FAILURE)
    String failure() {
        throw new IllegalStateException(SECRET);
    }

    @GetMapping(BAD_REQUEST)
    String badRequest() {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, SECRET);
    }
}
