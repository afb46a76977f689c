package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import jp.todoku.fuzz.Bounds;

/**
 * The queue's filter as it arrives in a URL (issue 16). The input is up to thirteen lines: status,
 * reason, domain, provider, assignee, view, from, to, q, sort, direction, page (a number, or not) and
 * the current user. Whatever they hold, the filter is bounded, makes a query and a page request without
 * throwing, and its own query string reads back as the same filter.
 */
class QueueFilterFuzzTest {

    private final Bounds bounds = Bounds.perHarness();

    @FuzzTest(maxDuration = "10m")
    void filter(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", 13);
        String[] field = new String[13];
        for (int i = 0; i < field.length; i++) {
            field[i] = i < lines.length ? lines[i] : null;
        }
        Integer page = parsePage(field[11]);
        QueueFilter filter = bounds.timed("QueueFilter", text.length(), () -> new QueueFilter(field[0], field[1],
                field[2], field[3], field[4], field[5], field[6], field[7], field[8], field[9], field[10], page));

        assertThat(filter.reason() == null || filter.reason().length() <= 40).isTrue();
        assertThat(filter.domain() == null || filter.domain().length() <= 253).isTrue();
        assertThat(filter.q() == null || filter.q().length() <= 200).isTrue();
        assertThat(filter.page()).isBetween(0, 100_000);
        assertThat(filter.direction()).isIn("asc", "desc");
        assertThat(filter.toQuery(field[12] == null ? "agent" : field[12])).isNotNull();
        assertThat(filter.pageable()).isNotNull();

        String query = filter.queryString();
        Bounds.outputBounded("query string", query.length(), text.length(), 12, 200);
        assertThat(query.isEmpty() || query.startsWith("?")).isTrue();
        assertThat(query).doesNotContain("\n", "\r", " ", "#");
        assertThat(fromQuery(query)).isEqualTo(filter);
        assertThat(filter.withPage(filter.page()).queryString()).isEqualTo(query);
    }

    private static Integer parsePage(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static QueueFilter fromQuery(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.substring(1).split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return new QueueFilter(parameters.get("status"), parameters.get("reason"), parameters.get("domain"),
                parameters.get("provider"), parameters.get("assignee"), parameters.get("view"), parameters.get("from"),
                parameters.get("to"), parameters.get("q"), parameters.get("sort"), parameters.get("direction"),
                parsePage(parameters.get("page")));
    }
}
