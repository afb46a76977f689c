package jp.todoku.tickets;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * The staff queue as a projection: only the summary columns are read, never the paste, the diagnosis
 * snapshot or the search text, which can be hundreds of kilobytes per ticket.
 */
final class TicketQueue {

    /** Sorting is limited to these attributes; anything else in a request falls back to newest first. */
    private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "status", "reference", "domain",
            "assignee", "primaryReason", "receivingProvider");

    private TicketQueue() {
    }

    static Page<TicketSummary> page(EntityManager entityManager, TicketQuery query, Pageable pageable) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        Specification<Ticket> filters = TicketFilters.of(query);

        CriteriaQuery<TicketSummary> select = builder.createQuery(TicketSummary.class);
        Root<Ticket> root = select.from(Ticket.class);
        select.select(builder.construct(TicketSummary.class, root.get("reference"), root.get("status"),
                root.get("domain"), root.get("direction"), root.get("symptom"), root.get("primaryReason"),
                root.get("receivingProvider"), root.get("assignee"), root.get("name"), root.get("createdAt"),
                root.get("updatedAt")));
        Predicate where = filters.toPredicate(root, select, builder);
        if (where != null) {
            select.where(where);
        }
        select.orderBy(orders(pageable.getSort(), root, builder));
        TypedQuery<TicketSummary> rows = entityManager.createQuery(select);
        if (pageable.isPaged()) {
            rows.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
        }
        return PageableExecutionUtils.getPage(rows.getResultList(), pageable, () -> count(entityManager, filters));
    }

    /**
     * The newest tickets whose diagnosis snapshot names this knowledge entry id as a JSON string
     * (the staff knowledge browser's "tickets that matched"). A scan of the snapshot column, bounded
     * by {@code limit}; ids are letters, digits and . _ - (KnowledgeEntry), so the pattern is exact.
     */
    static List<TicketSummary> mentioning(EntityManager entityManager, String entryId, int limit) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<TicketSummary> select = builder.createQuery(TicketSummary.class);
        Root<Ticket> root = select.from(Ticket.class);
        select.select(builder.construct(TicketSummary.class, root.get("reference"), root.get("status"),
                root.get("domain"), root.get("direction"), root.get("symptom"), root.get("primaryReason"),
                root.get("receivingProvider"), root.get("assignee"), root.get("name"), root.get("createdAt"),
                root.get("updatedAt")));
        String quoted = "\"" + entryId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "\"";
        select.where(builder.like(root.get("diagnosisJson"), "%" + quoted + "%", '\\'));
        select.orderBy(builder.desc(root.get("createdAt")), builder.desc(root.get("id")));
        return entityManager.createQuery(select).setMaxResults(limit).getResultList();
    }

    static long count(EntityManager entityManager, Specification<Ticket> filters) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = builder.createQuery(Long.class);
        Root<Ticket> root = count.from(Ticket.class);
        count.select(builder.count(root));
        Predicate where = filters.toPredicate(root, count, builder);
        if (where != null) {
            count.where(where);
        }
        return entityManager.createQuery(count).getSingleResult();
    }

    private static List<Order> orders(Sort sort, Root<Ticket> root, CriteriaBuilder builder) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            if (SORTABLE.contains(order.getProperty())) {
                orders.add(order.isAscending() ? builder.asc(root.get(order.getProperty()))
                        : builder.desc(root.get(order.getProperty())));
            }
        }
        if (orders.isEmpty()) {
            orders.add(builder.desc(root.get("createdAt")));
        }
        // A unique last key keeps paging stable when the sort values tie.
        orders.add(builder.desc(root.get("id")));
        return orders;
    }
}
