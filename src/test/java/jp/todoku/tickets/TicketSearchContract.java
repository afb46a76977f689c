package jp.todoku.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue's search (issue 15) on H2 ({@link TicketSearchH2Test}) and PostgreSQL ({@link TicketSearchPostgresTest},
 * where it goes through the GIN index of V16): every ticket committed, then searched at once, as an agent would.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource("classpath:tickets-test.properties")
@Import({TicketService.class, TicketsTestConfiguration.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class TicketSearchContract {

    @Autowired
    TicketService service;

    @Autowired
    MutableClock clock;

    String domain;

    @BeforeEach
    void ownDomain() {
        domain = "s" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp";
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void findsATicketTheMomentItIsCreated() {
        String reference = open("至急お願いします。", "550 5.1.1 <kanri@example.jp>: User unknown");

        assertThat(search("至急")).containsExactly(reference);
        assertThat(search("User unknown")).containsExactly(reference);
        assertThat(search("kanri@example.jp")).containsExactly(reference);
    }

    @Test
    void findsJapaneseTermsOfOneAndTwoCharactersAndFoldsWidths() {
        String halfWidth = open(null, "ﾒｰﾙﾎﾞｯｸｽの容量を超えました ＵＳＥＲ　ＵＮＫＮＯＷＮ");
        String other = open("解約したい", "552 5.2.2 Mailbox full");

        assertThat(search("容量")).containsExactly(halfWidth);
        assertThat(search("容")).containsExactly(halfWidth);
        assertThat(search("解約")).containsExactly(other);
        assertThat(search("メールボックス")).containsExactly(halfWidth);
        assertThat(search("ﾒｰﾙ")).containsExactly(halfWidth);
        assertThat(search("user unknown")).containsExactly(halfWidth);
        assertThat(search("ｕｓｅｒ　ｕｎｋｎｏｗｎ")).containsExactly(halfWidth);
        assertThat(search("unkn")).containsExactly(halfWidth);
        assertThat(search("mailbox")).containsExactly(other);
        assertThat(search("至急")).isEmpty();
        assertThat(search("容量を超えましたx")).isEmpty();
    }

    @Test
    void exactReferenceOrAddressComesFirstThenNewestFirst() {
        String first = open(null, "550 User unknown");
        clock.set(Instant.parse("2026-11-21T09:00:00Z"));
        String mentioning = open("前回の " + first + " と同じです", "550 User unknown");
        clock.set(Instant.parse("2026-11-22T09:00:00Z"));
        String newest = open("また " + first + " の件", null);

        assertThat(search(first)).containsExactly(first, newest, mentioning);
        assertThat(search(first.toLowerCase())).containsExactly(first, newest, mentioning);
        assertThat(search("User unknown")).containsExactly(mentioning, first);
        assertThat(search("yamada@" + domain)).containsExactly(newest, mentioning, first);
    }

    @Test
    void aTermFoundNowhereAndWildcardsFindNothing() {
        open("至急", "550 5.1.1 User unknown");

        assertThat(search("zzqqxxvvnone")).isEmpty();
        assertThat(search("%")).isEmpty();
        assertThat(search("_")).isEmpty();
        assertThat(service.queueWithCounts(TicketQuery.all().withDomain(domain).withText("至急"), PageRequest.of(0, 25))
                .total().toString()).isEqualTo("1");
    }

    String open(String comment, String errorText) {
        TicketDraft draft = TicketDraft.of(domain, Direction.SEND, LocalDate.of(2026, 11, 20), Symptom.ERROR_MAIL,
                Scope.SOME, "yamada@" + domain).withCustomer(null, comment).withMessage(null, null, null, errorText);
        return service.open(draft).reference();
    }

    List<String> search(String text) {
        return service.queue(TicketQuery.all().withDomain(domain).withText(text),
                PageRequest.of(0, 25, Sort.by(Sort.Direction.DESC, "createdAt"))).getContent().stream()
                .map(TicketSummary::reference).toList();
    }
}
