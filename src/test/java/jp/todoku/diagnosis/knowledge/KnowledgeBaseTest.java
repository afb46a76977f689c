package jp.todoku.diagnosis.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.Language;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;

/** Matching precedence, fallbacks, evidence and safety of the knowledge base's front door. */
class KnowledgeBaseTest {

    private final KnowledgeBase base = KnowledgeBase.bundled();

    @Test
    void providerTextBeatsStatusAndReply() {
        Advice advice = base.advise(failure("user@gmail.com", "5.1.1", 550, Reason.USER_UNKNOWN,
                "550-5.1.1 The email account that you tried to reach does not exist. Please try"), null);
        assertEquals("gmail-550-5.1.1", advice.best().id());
        assertTrue(advice.recognised());
        assertTrue(ids(advice.others()).containsAll(List.of("reason-userunknown", "status-5.1.1", "smtp-reply-550")),
                ids(advice.others()).toString());
        // More specific first: the status, then the reason, then 550, a reply RFC 5321 uses for many causes.
        List<String> others = ids(advice.others());
        assertTrue(others.indexOf("status-5.1.1") < others.indexOf("reason-userunknown"));
        assertTrue(others.indexOf("reason-userunknown") < others.indexOf("smtp-reply-550"));
    }

    @Test
    void textWithStatusBeatsStatusAlone() {
        Advice advice = base.adviseFragment("550 5.7.1 Access denied");
        assertEquals("smtp-550-5.7.1-access-denied", advice.best().id());
        assertTrue(ids(advice.others()).contains("status-x.7.1"));
    }

    @Test
    void statusBeatsReplyAndReplyBeatsReason() {
        assertEquals("status-x.2.2", base.advise(failure(null, "5.2.2", 552, Reason.MAILBOX_FULL, "552 5.2.2 zzz"), null).best().id());
        Advice replyOnly = base.advise(failure(null, null, 552, Reason.MAILBOX_FULL, "552 zzz"), null);
        assertEquals("smtp-reply-552", replyOnly.best().id());
        assertTrue(ids(replyOnly.others()).contains("reason-mailboxfull"));
        Advice reasonOnly = base.advise(failure(null, null, 0, Reason.USER_UNKNOWN, ""), null);
        assertEquals("reason-userunknown", reasonOnly.best().id());
        assertTrue(reasonOnly.recognised());
    }

    @Test
    void situationWordsAnswerQuestionsButCodesWinInBounces() {
        Advice bounce = base.adviseFragment("550 5.7.23 SPF validation failed for example.jp");
        assertEquals("status-x.7.23", bounce.best().id());
        assertTrue(ids(bounce.others()).contains("situation-sender-authentication"));
        assertEquals("situation-op25b", base.adviseFragment("OP25B とは何ですか").best().id());
        // A header every bounce with an attachment carries is not a question about attachment size.
        assertFalse(ids(base.adviseFragment("Content-Transfer-Encoding: base64").others()).contains("situation-attachment-size"));
    }

    @Test
    void aClassOnlyStatusSaysLessThanTheClassifiedReason() {
        Advice advice = base.advise(failure(null, "5.7.0", 0, Reason.POLICY_VIOLATION, "5.7.0 Header error"), null);
        assertEquals("reason-policyviolation", advice.best().id());
        assertTrue(ids(advice.others()).contains("status-x.7.0"));
        // With nothing better, the class still helps and counts as recognised.
        assertEquals("status-x.0.0", base.advise(failure(null, "5.0.0", 0, Reason.ON_HOLD, "5.0.0 zzz"), null).best().id());
    }

    @Test
    void notABounceComesFirst() {
        Advice vacation = base.advise(failure(null, null, 0, Reason.VACATION, "I am away. Mail to me bounces with User unknown"), null);
        assertEquals("reason-vacation", vacation.best().id());
        assertEquals("reason-feedback", base.advise(failure(null, null, 0, Reason.FEEDBACK, "abuse report"), null).best().id());
    }

    @Test
    void unrecognisedFailureGetsHonestGeneralAdviceByClass() {
        Advice temporary = base.advise(failure(null, "4.9.9", 0, Reason.ON_HOLD, "4.9.9 the frobnicator is sulking"), null);
        assertEquals("general-temporary", temporary.best().id());
        assertFalse(temporary.recognised());
        assertTrue(temporary.offerTicket());
        assertTrue(ids(temporary.others()).contains("reason-onhold"));
        Advice permanent = base.advise(failure(null, "5.9.9", 0, Reason.ON_HOLD, "5.9.9 the frobnicator refused"), null);
        assertEquals("general-permanent", permanent.best().id());
        assertFalse(permanent.recognised());
        Advice unknown = base.adviseFragment("何かがおかしい");
        assertEquals("general-unknown", unknown.best().id());
    }

    @Test
    void fullWidthDigitsLettersAndSpacesAreNormalised() {
        Advice advice = base.adviseFragment("５５０　５．１．１　Ｕｓｅｒ　ｕｎｋｎｏｗｎ");
        assertEquals("reason-userunknown", advice.best().id());
        assertTrue(ids(advice.others()).contains("status-5.1.1"));
        assertEquals("outlook-client-0x800CCC0E", base.adviseFragment("エラー（０ｘ８００ＣＣＣ０Ｅ）が表示されました").best().id());
        assertEquals("5.1.1", TextNormalizer.findStatus("５．１．１").orElseThrow().toString());
        assertEquals(550, TextNormalizer.findReplyCode("５５０").orElseThrow().value());
    }

    @Test
    void anOutlookDialogWithACodeIsAFragmentToo() {
        String dialog = """
                タスク 'mail.example.jp - 送受信' でエラー (0x800CCC0E) が報告されました:
                'サーバーに接続できません。'""";
        Advice advice = base.adviseFragment(dialog);
        assertEquals("outlook-client-0x800CCC0E", advice.best().id());
        assertEquals(List.of(dialog.lines().findFirst().orElseThrow().strip()), advice.evidence());
    }

    @Test
    void evidenceIsTheInputLinesThatMatched() {
        String bounce = String.join("\r\n",
                "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                "Subject: Delivery Status Notification (Failure)",
                "",
                "Hello, this is an unrelated line about lunch.",
                "550-5.7.26 This mail is unauthenticated, which poses a security risk to the",
                "550-5.7.26 sender and Gmail users, and has been blocked. The sender must",
                "550 5.7.26 instructions on setting up authentication.");
        DeliveryFailure failure = failure("user@gmail.com", "5.7.26", 550, Reason.AUTH_FAILURE,
                "This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked.");
        Advice advice = base.advise(failure, bounce);
        assertEquals("gmail-550-5.7.26", advice.best().id());
        assertTrue(advice.evidence().contains("550-5.7.26 This mail is unauthenticated, which poses a security risk to the"),
                advice.evidence().toString());
        assertTrue(bounce.lines().toList().containsAll(advice.evidence()));
        assertFalse(advice.evidence().contains("Hello, this is an unrelated line about lunch."));
        // Who wrote it is background, found in the whole input.
        assertTrue(ids(advice.others()).contains("bounce-from-mail-delivery-subsystem"), ids(advice.others()).toString());
    }

    @Test
    void recipientDomainAddsSituations() {
        Advice advice = base.advise(failure("someone@qq.com", null, 0, Reason.BLOCKED, ""), null);
        assertEquals("reason-blocked", advice.best().id());
        assertTrue(ids(advice.others()).contains("situation-mail-to-china"));
        Advice mobile = base.advise(failure("someone@docomo.ne.jp", "5.1.1", 550, Reason.USER_UNKNOWN, "550 5.1.1 unknown"), null);
        assertTrue(ids(mobile.others()).contains("situation-mobile-domain-filter"));
    }

    @Test
    void codesDoNotFireInsideLongerTokens() {
        assertFalse(ids(base.adviseFragment("reference XRP-0012 noted").others()).contains("outlook-com-RP-001"));
        assertEquals("general-unknown", base.adviseFragment("reference XRP-0012 noted").best().id());
        assertEquals("outlook-com-RP-001", base.adviseFragment("421 RP-001 (BAY004-MC1F1) Unfortunately").best().id());
    }

    @Test
    void neverThrowsAndStaysBounded() {
        assertEquals("general-unknown", base.advise(null, null).best().id());
        String huge = "a".repeat(2_000_000) + " user unknown";
        Advice advice = base.adviseFragment(huge);
        assertFalse(advice.best().id().isEmpty());
        assertEquals("general-unknown", base.adviseFragment("").best().id());
    }

    @Test
    void entriesAreFoundByIdAndBySearch() {
        KnowledgeEntry entry = base.find("gmail-550-5.7.26").orElseThrow();
        assertEquals(KnowledgeEntry.Actor.YOU, entry.whoActs());
        assertTrue(entry.text(Language.EN).title().contains("5.7.26"));
        assertTrue(base.find("no-such-entry").isEmpty());
        assertEquals("outlook-client-0x800CCC0E", base.search("0x800CCC0E").get(0).id());
        assertTrue(ids(base.search("容量")).contains("reason-mailboxfull"));
        assertTrue(ids(base.search("mailbox full")).contains("reason-mailboxfull"));
        assertEquals(base.entries().size(), base.search("  ").size());
        assertEquals(base.related(entry).size(), entry.related().size());
    }

    @Test
    void keepAddressFollowsTheEntry() {
        assertEquals(true, base.find("reason-mailboxfull").orElseThrow().keepAddress().orElseThrow());
        assertEquals(false, base.find("reason-userunknown").orElseThrow().keepAddress().orElseThrow());
        assertTrue(base.find("general-permanent").orElseThrow().keepAddress().isEmpty());
    }

    @Test
    void brokenDataIsReportedWithFileAndEntry() {
        KnowledgeLoader loader = new KnowledgeLoader().add("broken.yaml", """
                entries:
                  - id: sample
                    category: message
                    permanence: permanent
                    whoActs: somebody
                    list: keep
                    source: [x]
                    ja: {title: t, summary: s, steps: [a]}
                    en: {title: t, summary: s, steps: [a]}
                  - id: sample-2
                    category: message
                    permanence: permanent
                    whoActs: you
                    list: keep
                    source: [x]
                    match: ["ab"]
                    ja: {title: t, summary: s, steps: [a]}
                  - id: 0x800CCC0E
                    category: client-error
                    permanence: permanent
                    whoActs: you
                    list: keep
                    source: [x]
                    match: [{code: 0x800CCC0E}]
                    ja: {title: t, summary: s, steps: [a]}
                    en: {title: t, summary: s, steps: [a]}
                """);
        List<String> problems = loader.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("broken.yaml / sample") && problems.get(0).contains("somebody"));
        assertTrue(problems.get(1).contains("sample-2"));
        // Scalars stay strings: the hexadecimal code is not read as a number.
        assertEquals("0x800CCC0E", loader.entries().get(0).id());
        assertTrue(loader.rules().get(0).texts().contains("0x800ccc0e"));
    }

    private static List<String> ids(List<KnowledgeEntry> entries) {
        return entries.stream().map(KnowledgeEntry::id).toList();
    }

    private static DeliveryFailure failure(String recipient, String status, int reply, Reason reason, String text) {
        DeliveryStatus deliveryStatus = status == null ? null : DeliveryStatus.find(status).orElseThrow();
        ReplyCode replyCode = reply == 0 ? null : new ReplyCode(reply);
        boolean temporary = deliveryStatus != null ? deliveryStatus.isTemporary() : replyCode != null && replyCode.isTemporary();
        return new DeliveryFailure(recipient, null, deliveryStatus, replyCode, reason, temporary, text, null, null, null,
                null, null, null, null, null, null);
    }
}
