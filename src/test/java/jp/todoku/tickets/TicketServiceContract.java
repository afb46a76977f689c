package jp.todoku.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Guide;
import jp.todoku.guide.Outcome;
import jp.todoku.guide.Questionnaire;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the tickets feature promises, run against H2 in PostgreSQL mode ({@link TicketServiceH2Test}) and
 * against a real PostgreSQL ({@link TicketServicePostgresTest}). Schema from the Flyway migration, validated by
 * Hibernate. Each test works on its own domain, so data committed by other tests does not disturb it.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource("classpath:tickets-test.properties")
@Import({TicketService.class, TicketTrends.class, TicketsTestConfiguration.class})
abstract class TicketServiceContract {

    @Autowired
    TicketService service;

    @Autowired
    TicketTrends trends;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String domain;

    @BeforeEach
    void freshDomain() {
        domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp";
        clock.set(Instant.parse("2026-11-23T01:00:00Z"));
    }

    TicketDraft draft() {
        return TicketDraft.of(domain, Direction.SEND, LocalDate.of(2026, 11, 20), Symptom.ERROR_MAIL, Scope.SOME,
                "yamada@" + domain);
    }

    @Test
    void referencesFollowTheFormatAreUniqueAndTakeTheYearInJapan() {
        Set<String> references = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            references.add(service.open(draft()).reference());
        }
        assertThat(references).hasSize(5).allMatch(reference -> reference.matches("TD-2026-\\d{6}"));

        // 16:00 UTC on New Year's Eve is already 1 January in Japan.
        clock.set(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(service.open(draft()).reference()).startsWith("TD-2027-");
    }

    @Test
    void theStatusTokenOpensOnlyItsOwnTicketAndOnlyItsHashIsStored() {
        CreatedTicket first = service.open(draft());
        CreatedTicket second = service.open(draft());

        assertThat(first.rawToken()).matches("[A-Za-z0-9_-]{32}");
        assertThat(first.toString()).doesNotContain(first.rawToken());
        assertThat(service.findForCustomer(first.reference(), first.rawToken())).isPresent();
        assertThat(service.findForCustomer(first.reference(), second.rawToken())).isEmpty();
        assertThat(service.findForCustomer(second.reference(), first.rawToken())).isEmpty();
        assertThat(service.findForCustomer(first.reference(), first.rawToken().substring(1) + "A")).isEmpty();
        assertThat(service.findForCustomer(first.reference(), null)).isEmpty();
        assertThat(service.findForCustomer(first.reference(), "")).isEmpty();
        assertThat(service.findForCustomer("TD-2026-999999999", first.rawToken())).isEmpty();
        assertThat(service.findForCustomer("' or 1=1 --", first.rawToken())).isEmpty();

        Map<String, Object> row = jdbc.queryForMap("select * from ticket where reference_number = ?", first.reference());
        assertThat(row.get("token_hash")).isEqualTo(StatusToken.hash(first.rawToken()));
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(first.rawToken()));
    }

    @Test
    void theCustomerSeesRepliesButNeverInternalNotes() {
        CreatedTicket created = service.open(draft().withCustomer("山田太郎", "至急お願いします"));
        String reference = created.reference();
        long version = service.findForStaff(reference).orElseThrow().version();
        version = service.addPublicReply(reference, version, "エラーメールの内容を確認しました。", "sato").version();
        version = service.addInternalNote(reference, version, "社内メモ: IPがブロックリストに載っている", "sato").version();
        service.addCustomerReply(reference, created.rawToken(), "ありがとうございます。").orElseThrow();

        TicketView view = service.findForCustomer(reference, created.rawToken()).orElseThrow();
        assertThat(view.replies()).extracting(TicketEventView::kind)
                .containsExactly(TicketEventKind.PUBLIC_REPLY, TicketEventKind.CUSTOMER_REPLY);
        assertThat(view.replies()).extracting(TicketEventView::text).noneMatch(text -> text.contains("社内メモ"));
        assertThat(view.replies().get(1).author()).isEqualTo(TicketEvent.CUSTOMER);

        assertThat(service.history(reference)).extracting(TicketEventView::kind).containsExactly(
                TicketEventKind.CREATED, TicketEventKind.PUBLIC_REPLY, TicketEventKind.INTERNAL_NOTE,
                TicketEventKind.CUSTOMER_REPLY);
        assertThat(service.addCustomerReply(reference, "wrong-token", "x")).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsOverwritten() {
        String reference = service.open(draft()).reference();
        long seenByBoth = service.findForStaff(reference).orElseThrow().version();

        service.changeStatus(reference, seenByBoth, TicketStatus.IN_PROGRESS, "alice");
        assertThatThrownBy(() -> service.assign(reference, seenByBoth, "bob", "bob"))
                .isInstanceOf(TicketConflictException.class).hasMessageContaining(reference);
        assertThatThrownBy(() -> service.addPublicReply(reference, seenByBoth, "返信", "bob"))
                .isInstanceOf(TicketConflictException.class);

        TicketDetail detail = service.findForStaff(reference).orElseThrow();
        assertThat(detail.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(detail.assignee()).isNull();
        assertThat(detail.history()).extracting(TicketEventView::kind)
                .containsExactly(TicketEventKind.CREATED, TicketEventKind.STATUS_CHANGED);
        assertThat(detail.history().get(1).author()).isEqualTo("alice");
        assertThat(detail.history().get(1).newValue()).isEqualTo("IN_PROGRESS");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoConcurrentStaffEditsOneWinsTheOtherGetsAConflict() throws Exception {
        String reference = service.open(draft()).reference();
        long seenByBoth = service.findForStaff(reference).orElseThrow().version();
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // Alice's change is written (row locked) but not committed while Bob makes his.
            Future<?> alice = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                service.changeStatus(reference, seenByBoth, TicketStatus.IN_PROGRESS, "alice");
                firstWritten.countDown();
                awaitQuietly(releaseFirst);
            }));
            assertThat(firstWritten.await(20, TimeUnit.SECONDS)).isTrue();
            Future<Throwable> bob = threads.submit(() -> {
                try {
                    service.assign(reference, seenByBoth, "bob", "bob");
                    return null;
                } catch (Throwable failure) {
                    return failure;
                }
            });
            Thread.sleep(300); // lets Bob reach the locked row; the outcome is the same if he does not
            releaseFirst.countDown();
            alice.get(20, TimeUnit.SECONDS);
            assertThat(bob.get(20, TimeUnit.SECONDS)).isInstanceOf(TicketConflictException.class);
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
        TicketDetail detail = service.findForStaff(reference).orElseThrow();
        assertThat(detail.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(detail.assignee()).isNull();
        assertThat(detail.version()).isEqualTo(seenByBoth + 1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCustomerReplyBringsTheTicketBackAndAClosedTicketRefusesIt() {
        CreatedTicket created = service.open(draft());
        String reference = created.reference();
        long version = service.findForStaff(reference).orElseThrow().version();
        version = service.assign(reference, version, "sato", "sato").version();
        version = service.changeStatus(reference, version, TicketStatus.WAITING_FOR_CUSTOMER, "sato").version();

        TicketView view = service.addCustomerReply(reference, created.rawToken(), "設定を変えましたが届きません").orElseThrow();
        assertThat(view.status()).isEqualTo(TicketStatus.IN_PROGRESS);

        version = service.findForStaff(reference).orElseThrow().version();
        service.changeStatus(reference, version, TicketStatus.CLOSED, "sato");
        assertThatThrownBy(() -> service.addCustomerReply(reference, created.rawToken(), "まだです"))
                .isInstanceOf(TicketClosedException.class);
    }

    @Test
    void queueFiltersByStatusReasonDomainProviderAssigneeAndDates() {
        String gmail = open(draft().withDiagnosis("{\"reason\":\"authfailure\"}", "authfailure", "Google"),
                Instant.parse("2026-11-01T00:00:00Z"));
        String outlook = open(draft().withDiagnosis("{}", "blocked", "Microsoft"), Instant.parse("2026-11-10T00:00:00Z"));
        String plain = open(draft(), Instant.parse("2026-11-20T00:00:00Z"));
        long version = service.findForStaff(outlook).orElseThrow().version();
        version = service.assign(outlook, version, "sato", "sato").version();
        service.changeStatus(outlook, version, TicketStatus.IN_PROGRESS, "sato");

        TicketQuery mine = TicketQuery.all().withDomain(domain.toUpperCase());
        assertThat(references(mine)).containsExactly(plain, outlook, gmail);
        assertThat(references(mine.withStatuses(Set.of(TicketStatus.NEW)))).containsExactly(plain, gmail);
        assertThat(references(mine.withReason("authfailure"))).containsExactly(gmail);
        assertThat(references(mine.withProvider("Microsoft"))).containsExactly(outlook);
        assertThat(references(mine.withAssignee("sato"))).containsExactly(outlook);
        assertThat(references(mine.unassigned())).containsExactly(plain, gmail);
        assertThat(references(mine.unassigned().withAssignee("sato"))).containsExactly(outlook);
        assertThat(references(mine.createdBetween(Instant.parse("2026-11-05T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"))))
                .containsExactly(outlook);
        assertThat(references(TicketQuery.all().withDomain("other.example.jp").withReason("authfailure")))
                .doesNotContain(gmail);
    }

    @Test
    void textSearchFindsJapaneseInPastesRepliesAndNotes() {
        String paste = service.open(draft().withMessage(null, "info@" + domain, "tanaka@docomo.ne.jp",
                "550 5.1.1 宛先のメールアドレスが存在しません")).reference();
        String comment = service.open(draft().withCustomer("鈴木", "ｴﾗｰが返ってきます(半角カナ)")).reference();
        String noted = service.open(draft()).reference();
        long version = service.findForStaff(noted).orElseThrow().version();
        service.addInternalNote(noted, version, "送信元IPがブロックリストに掲載", "sato");
        TicketQuery mine = TicketQuery.all().withDomain(domain);

        assertThat(references(mine.withText("存在しません"))).containsExactly(paste);
        assertThat(references(mine.withText("エラー"))).containsExactly(comment);
        assertThat(references(mine.withText("ブロックリスト"))).containsExactly(noted);
        assertThat(references(mine.withText("TANAKA@DOCOMO"))).containsExactly(paste);
        assertThat(references(mine.withText("%"))).isEmpty();
        assertThat(references(mine.withText("_"))).isEmpty();
        assertThat(references(TicketQuery.all().withText(paste))).containsExactly(paste);
    }

    @Test
    void countsPerStatusAndPaging() {
        for (int i = 0; i < 5; i++) {
            open(draft(), Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i));
        }
        String resolved = open(draft(), Instant.parse("2026-11-02T00:00:00Z"));
        long version = service.findForStaff(resolved).orElseThrow().version();
        service.changeStatus(resolved, version, TicketStatus.RESOLVED, "sato");
        TicketQuery mine = TicketQuery.all().withDomain(domain);

        Map<TicketStatus, Long> counts = service.countsByStatus(mine.withStatuses(Set.of(TicketStatus.NEW)));
        assertThat(counts).containsEntry(TicketStatus.NEW, 5L).containsEntry(TicketStatus.RESOLVED, 1L)
                .containsEntry(TicketStatus.CLOSED, 0L).hasSize(5);

        Page<TicketSummary> page = service.queue(mine, PageRequest.of(1, 4, Sort.by(Sort.Direction.DESC, "createdAt")));
        assertThat(page.getTotalElements()).isEqualTo(6);
        assertThat(page.getTotalPages()).isEqualTo(2);
        assertThat(page.getContent()).hasSize(2);
        assertThat(page.getContent()).extracting(TicketSummary::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));

        // Sorting by another summary column works; an unknown or heavy column is ignored, not an error.
        assertThat(service.queue(mine, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "status"))).getContent())
                .first().extracting(TicketSummary::reference).isEqualTo(resolved);
        assertThat(service.queue(mine, PageRequest.of(0, 10, Sort.by("errorText", "no such column"))).getContent())
                .hasSize(6).extracting(TicketSummary::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(service.queue(mine, org.springframework.data.domain.Pageable.unpaged()).getTotalElements()).isEqualTo(6);
    }

    @Test
    void draftsAreCheckedAndTheLongPasteIsKept() {
        String longPaste = "あ".repeat(TicketLimits.ERROR_TEXT);
        String reference = service.open(draft().withMessage(Instant.parse("2026-11-20T06:30:00Z"), null, null, longPaste))
                .reference();
        TicketDetail detail = service.findForStaff(reference).orElseThrow();
        assertThat(detail.errorText()).hasSize(TicketLimits.ERROR_TEXT);
        assertThat(detail.sentAt()).isEqualTo(Instant.parse("2026-11-20T06:30:00Z"));

        assertThatThrownBy(() -> draft().withMessage(null, null, null, longPaste + "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketDraft.of(domain, Direction.SEND, null, Symptom.DELAYED, Scope.ALL, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketDraft.of(domain, null, null, Symptom.DELAYED, Scope.ALL, "a@b.jp"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void staffOperationsOnAnUnknownTicketSaySo() {
        assertThatThrownBy(() -> service.assign("TD-2026-999999998", 0, "sato", "sato"))
                .isInstanceOf(TicketNotFoundException.class);
        assertThat(service.findForStaff("TD-2026-999999998")).isEmpty();
    }

    @Test
    void theQuestionnaireAnswersTravelWithTheTicket() {
        Guide guide = new Guide(Questionnaire.bundled(), clock);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("direction", "SEND");
        answers.put("domain", "info@" + domain.toUpperCase());
        answers.put("since", "2026/11/20");
        answers.put("scope", "ALL");
        answers.put("symptom", "CANNOT_SEND");
        answers.put("send.receive-works", "YES");
        answers.put("client", "OUTLOOK");
        answers.put("send.port", "25");
        answers.put("send.authentication", "SMTP_AUTH");
        answers.put("send.abroad", "YES");
        answers.put("connection.wrong-password", "NO");
        answers.put("client.error-shown", "NO");
        Outcome outcome = (Outcome) guide.next(guide.answersFrom(answers));

        String reference = service.open(TicketDraft.fromGuide(outcome.ticketFields(), outcome.answers(), "a@b.jp"))
                .reference();
        TicketDetail detail = service.findForStaff(reference).orElseThrow();
        assertThat(detail.domain()).isEqualTo(domain);
        assertThat(detail.since()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(detail.symptom()).isEqualTo(Symptom.CANNOT_SEND);
        assertThat(detail.scope()).isEqualTo(Scope.ALL);
        assertThat(detail.guideAnswers()).containsEntry("send.port", "25").containsEntry("send.abroad", "YES")
                .containsEntry("domain", domain);
        assertThat(detail.guideAnswers().keySet()).startsWith("direction", "domain");
        assertThatThrownBy(() -> draft().withGuideAnswers(Map.of("bad key", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draft().withGuideAnswers(Map.of("domain", "a\nb"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trendsCountByDimensionAndDayInJapan() {
        // 2030 keeps these apart from tickets other tests committed.
        open(draft().withDiagnosis("{}", "authfailure", "Google"), Instant.parse("2030-03-01T15:30:00Z"));
        open(draft().withDiagnosis("{}", "authfailure", "Google"), Instant.parse("2030-03-02T01:00:00Z"));
        open(draft().withDiagnosis("{}", "blocked", null), Instant.parse("2030-03-02T02:00:00Z"));
        Instant from = Instant.parse("2030-02-28T15:00:00Z");
        Instant before = Instant.parse("2030-03-03T15:00:00Z");

        assertThat(trends.countsBy(TicketDimension.REASON, from, before))
                .containsExactly(new TicketCount("authfailure", 2), new TicketCount("blocked", 1));
        assertThat(trends.countsBy(TicketDimension.PROVIDER, from, before))
                .containsExactly(new TicketCount("Google", 2), new TicketCount("", 1));
        assertThat(trends.countsBy(TicketDimension.DOMAIN, from, before)).containsExactly(new TicketCount(domain, 3));
        // 15:30 UTC on 1 March is already 2 March in Japan.
        assertThat(trends.countsPerDay(from, before)).containsExactly(
                Map.entry(LocalDate.of(2030, 3, 1), 0L), Map.entry(LocalDate.of(2030, 3, 2), 3L),
                Map.entry(LocalDate.of(2030, 3, 3), 0L));
        assertThatThrownBy(() -> trends.countsPerDay(before, from)).isInstanceOf(IllegalArgumentException.class);
    }

    private String open(TicketDraft draft, Instant at) {
        clock.set(at);
        return service.open(draft).reference();
    }

    private List<String> references(TicketQuery query) {
        return service.queue(query, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "createdAt")))
                .map(TicketSummary::reference).getContent();
    }
}
