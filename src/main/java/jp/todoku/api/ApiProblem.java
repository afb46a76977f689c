package jp.todoku.api;

import org.springframework.http.HttpStatus;

/**
 * A client error the API answers as a problem detail: the status plus message keys for title and
 * detail, resolved in the request's language by {@link ApiErrors}. Never carries customer input.
 */
class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String titleKey;
    private final String detailKey;
    private final Object[] arguments;

    ApiProblem(HttpStatus status, String titleKey, String detailKey, Object... arguments) {
        super(titleKey);
        this.status = status;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
        this.arguments = arguments;
    }

    HttpStatus status() {
        return status;
    }

    String titleKey() {
        return titleKey;
    }

    String detailKey() {
        return detailKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
