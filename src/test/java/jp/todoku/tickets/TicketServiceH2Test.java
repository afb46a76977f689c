package jp.todoku.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tickets contract on H2 in PostgreSQL mode, the embedded default. */
class TicketServiceH2Test extends TicketServiceContract {

    @Test
    void theMigrationRanAndHibernateAcceptedTheSchema() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"version\" = '2' and \"success\"", Integer.class);
        assertThat(applied).isEqualTo(1);
    }
}
