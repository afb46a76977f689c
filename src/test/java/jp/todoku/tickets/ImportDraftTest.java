package jp.todoku.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The import makes a ticket's search text and pieces in two halves (the body on the workers, Todoku's reference
 * when it is written); together they must be exactly what {@link Ticket#open} writes for the same ticket.
 */
class ImportDraftTest {

    @ParameterizedTest
    @ValueSource(strings = {"550 5.1.1 <kanri@example.jp>: User unknown 至急",
        "ﾒｰﾙﾎﾞｯｸｽの容量を超えました ＵＳＥＲ　ＵＮＫＮＯＷＮ td 2026 000123 td-2026",
        "TD-2026-000042 から同じ 2026 の件", ""})
    void searchTextAndPiecesAreThoseOfTheWholeTicket(String errorText) {
        TicketDraft draft = TicketDraft.of("example.jp", Direction.SEND, LocalDate.of(2026, 11, 20), Symptom.ERROR_MAIL,
                        Scope.SOME, "yamada@example.jp").withCustomer("山田", "至急お願いします")
                .withMessage(null, "user1@example.jp", "kanri@example.jp", errorText.isEmpty() ? null : errorText);
        ImportDraft ticket = new ImportDraft(draft, " OT-1001 ", "reference:OT-1001", Instant.parse("2026-11-20T09:00:00Z"),
                TicketStatus.NEW, null);
        String reference = "TD-2026-000042";

        String expected = SearchText.join(TicketLimits.SEARCH_TEXT, reference, "OT-1001", draft.domain(), draft.sender(),
                draft.recipient(), draft.name(), draft.contact(), draft.comment(), draft.primaryReason(),
                draft.receivingProvider(), draft.errorText());
        assertThat(ticket.searchText(reference)).isEqualTo(expected);
        assertThat(ticket.searchGrams(reference, expected)).isEqualTo(SearchGrams.of(expected));
    }
}
