package jp.todoku.tickets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The queue's filters as a JPA specification; text search is a LIKE on the normalised search text. */
final class TicketFilters {

    private TicketFilters() {
    }

    static Specification<Ticket> of(TicketQuery query) {
        List<Specification<Ticket>> parts = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            parts.add((root, criteria, builder) -> root.get("status").in(query.statuses()));
        }
        query.reason().ifPresent(reason -> parts.add((root, criteria, builder) ->
                builder.equal(root.get("primaryReason"), reason)));
        query.domain().ifPresent(domain -> parts.add((root, criteria, builder) ->
                builder.equal(root.get("domain"), domain.toLowerCase(Locale.ROOT))));
        query.provider().ifPresent(provider -> parts.add((root, criteria, builder) ->
                builder.equal(root.get("receivingProvider"), provider)));
        query.assignee().ifPresent(assignee -> parts.add((root, criteria, builder) ->
                builder.equal(root.get("assignee"), assignee)));
        if (query.unassignedOnly()) {
            parts.add((root, criteria, builder) -> builder.isNull(root.get("assignee")));
        }
        query.createdFrom().ifPresent(from -> parts.add((root, criteria, builder) ->
                builder.greaterThanOrEqualTo(root.get("createdAt"), from)));
        query.createdBefore().ifPresent(before -> parts.add((root, criteria, builder) ->
                builder.lessThan(root.get("createdAt"), before)));
        query.text().ifPresent(text -> parts.add((root, criteria, builder) ->
                builder.like(root.get("searchText"), SearchText.containsPattern(text), '\\')));
        return parts.isEmpty() ? Specification.unrestricted() : Specification.allOf(parts);
    }
}
