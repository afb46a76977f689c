package jp.todoku.tickets;

/** What the dashboard counts tickets by. Each names a fixed entity attribute, never user input. */
public enum TicketDimension {
    REASON("primaryReason"),
    PROVIDER("receivingProvider"),
    DOMAIN("domain"),
    STATUS("status"),
    SYMPTOM("symptom");

    private final String attribute;

    TicketDimension(String attribute) {
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }
}
