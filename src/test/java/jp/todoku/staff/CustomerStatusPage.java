package jp.todoku.staff;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The customer's status page belongs to the self-service feature (GET /status/{reference}?token=...).
 * Tests here use it when the application has it and otherwise check through TicketService alone,
 * so this branch stays green before and after the two features are merged.
 */
final class CustomerStatusPage {

    static final String PATTERN = "/status/{reference}";

    private CustomerStatusPage() {
    }

    static boolean isMapped(RequestMappingHandlerMapping mappings) {
        return mappings.getHandlerMethods().keySet().stream()
                .anyMatch(info -> info.getPatternValues().contains(PATTERN));
    }

    static String path(String reference, String token) {
        return "/status/" + reference + "?token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
    }
}
