package jp.todoku.tickets;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tickets by reference and the reference counter; the queue reads through {@link TicketQueue}. */
interface TicketRepository extends JpaRepository<Ticket, Long> {

    @Query("select t from Ticket t where t.reference = :reference")
    Optional<Ticket> findByReference(String reference);

    @Query(value = "select nextval('ticket_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
