package jp.todoku.tickets;

/** The search contract on H2 in PostgreSQL mode: LIKE over the normalised text, newest first. */
class TicketSearchH2Test extends TicketSearchContract {
}
