package jp.todoku.diagnosis.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.KnowledgeEntry.ListAdvice;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.AddressFinding;
import jp.todoku.diagnosis.AddressFinding.Severity;
import jp.todoku.diagnosis.BounceReporter;
import jp.todoku.diagnosis.ListDecision;
import jp.todoku.diagnosis.BounceReporter.Kind;
import jp.todoku.diagnosis.BounceReporter.Side;

/** The help the seeds teach, computed: Base64 sizes, address checks, who wrote a bounce, list advice. */
class ComputedHelpTest {

    // ---- Base64 size (seed 000: 10 MB -> about 7.2 MB, 5 MB -> 3.6 MB, 2 MB -> 1.4 MB)

    @Test
    void largestAttachmentMatchesTheSeedsTable() {
        assertEquals(7.2, Base64Size.largestAttachmentMegabytes(10));
        assertEquals(3.6, Base64Size.largestAttachmentMegabytes(5));
        assertEquals(1.4, Base64Size.largestAttachmentMegabytes(2));
    }

    @Test
    void encodedSizeIsWhatMimeEncodingProduces() {
        for (int size : new int[] {0, 1, 2, 3, 56, 57, 58, 1000, 123_457}) {
            byte[] data = new byte[size];
            int mime = Base64.getMimeEncoder().encodeToString(data).length();
            // The MIME encoder omits the final line break; a mail body carries it.
            long expected = size == 0 ? 0 : mime + 2;
            assertEquals(expected, Base64Size.encodedSize(size), "size " + size);
        }
        assertEquals(1.37, Math.round(Base64Size.growth() * 100) / 100.0);
    }

    @Test
    void largestAttachmentReallyIsTheLargestThatFits() {
        long limit = 10_000_000;
        long largest = Base64Size.largestAttachment(limit);
        assertTrue(Base64Size.messageSize(largest) <= limit);
        assertTrue(Base64Size.messageSize(largest + 1) > limit);
        assertEquals(0, Base64Size.largestAttachment(1_000));
    }

    // ---- Recipient address check (seeds 001 and 003)

    @Test
    void eachAddressRuleFires() {
        assertKeys("ｔａｒｏ＠example.jp", "knowledge.address.fullWidth");
        assertKeys("taro @example.jp", "knowledge.address.space");
        assertKeys("taro.example.jp", "knowledge.address.missingAt");
        assertKeys("taro@@example.jp", "knowledge.address.manyAt");
        assertKeys("xxxxxx@hogehoge,ne.jp", "knowledge.address.comma");
        assertKeys("xxxxxx@\\hogehoge.ne.jp", "knowledge.address.backslash");
        assertKeys("taro@examplejp", "knowledge.address.domainWithoutDot");
        assertKeys("taro@example..jp", "knowledge.address.dotPlacement");
        assertKeys("taro@example.jp.", "knowledge.address.trailingPunctuation");
        assertKeys("taro@exa_mple.jp", "knowledge.address.domainCharacter");
        assertKeys("taro@", "knowledge.address.missingDomain");
        assertKeys("@example.jp", "knowledge.address.missingLocalPart");
        assertKeys("", "knowledge.address.empty");
        assertKeys("ta..ro@example.jp", "knowledge.address.localDots");
        assertKeys("yamada-taro@example.jp", "knowledge.address.confusableHyphenUnderscore");
        assertKeys("hanako1@example.jp", "knowledge.address.confusableOneEll");
        assertKeys("k0bayashi@example.jp", "knowledge.address.confusableZeroOh");
        assertKeys("room5o@example.jp", "knowledge.address.confusableZeroOh");
        assertKeys("l23@example.jp", "knowledge.address.confusableOneEll");
        assertKeys("hanako@docomo.ne.jp", "knowledge.address.mobileDomain");
    }

    @Test
    void aCleanAddressHasNoFindingsAndFindingsCarryArguments() {
        assertEquals(List.of(), AddressCheck.check("hanako@example.jp"));
        AddressFinding manyAt = AddressCheck.check("a@b@example.jp").get(0);
        assertEquals(List.of("2"), manyAt.arguments());
        assertEquals(Severity.INVALID, manyAt.severity());
        AddressFinding fullWidth = AddressCheck.check("ｔａｒｏ＠example.jp").get(0);
        assertEquals(List.of("ｔ ａ ｒ ｏ ＠"), fullWidth.arguments());
        // A full-width @ is reported as full-width, not also as a missing @.
        assertFalse(keys("ｔａｒｏ＠example.jp").contains("knowledge.address.missingAt"));
        assertTrue(AddressCheck.check("hanako1@example.jp").stream().allMatch(finding -> finding.severity() == Severity.CHECK));
    }

    @Test
    void everyFindingKeyHasBothLanguages() throws IOException {
        Properties japanese = load("/messages/knowledge.properties");
        Properties english = load("/messages/knowledge_en.properties");
        assertEquals(japanese.stringPropertyNames(), english.stringPropertyNames());
        for (String address : List.of("ｔａｒｏ @@ex,am\\ple..jp.", "taro@examplejp", "@", "", "ta..ro1-0@docomo.ne.jp", "a@exa_mple.jp")) {
            for (AddressFinding finding : AddressCheck.check(address)) {
                assertTrue(japanese.containsKey(finding.key()), finding.key());
            }
        }
        for (String key : List.of("knowledge.list.notBounce", "knowledge.list.hardBounce", "knowledge.list.stillValid",
                "knowledge.list.deadAddress", "knowledge.list.repeats", "knowledge.list.temporary")) {
            assertTrue(japanese.containsKey(key), key);
        }
    }

    // ---- Who wrote the bounce, and whose side refused

    @Test
    void reporterIsReadFromTheFromHeader() {
        Set<String> ours = Set.of("example-hosting.jp");
        BounceReporter daemon = BounceReporter.find("MAILER-DAEMON@example.abc.ne.jp", ours).orElseThrow();
        assertEquals(Kind.MAILER_DAEMON, daemon.kind());
        assertEquals("example.abc.ne.jp", daemon.host());
        assertEquals(Side.THEIRS, daemon.side());
        BounceReporter subsystem = BounceReporter.find("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ours).orElseThrow();
        assertEquals(Kind.MAILER_DAEMON, subsystem.kind());
        assertEquals("googlemail.com", subsystem.host());
        BounceReporter system = BounceReporter.find("Mail Delivery System <MAILER@mx1.example-hosting.jp>", ours).orElseThrow();
        assertEquals(Kind.MAIL_DELIVERY_SYSTEM, system.kind());
        assertEquals(Side.OURS, system.side());
        assertEquals(Kind.POSTMASTER, BounceReporter.find("postmaster@mail.example.com", ours).orElseThrow().kind());
        assertEquals(Kind.MAIL_DELIVERY_SUBSYSTEM, BounceReporter.find("Mail Delivery Subsystem", ours).orElseThrow().kind());
        assertEquals(Kind.OTHER, BounceReporter.find("Taro <taro@example.jp>", ours).orElseThrow().kind());
        assertTrue(BounceReporter.find("  ", ours).isEmpty());
    }

    @Test
    void ourSideIsAConfiguredListNotABuiltInProvider() {
        assertEquals(Side.OURS, BounceReporter.sideOf("smtp02.example-hosting.jp", List.of("example-hosting.jp")));
        assertEquals(Side.THEIRS, BounceReporter.sideOf("notexample-hosting.jp", List.of("example-hosting.jp")));
        assertEquals(Side.THEIRS, BounceReporter.sideOf("smtp02.example-hosting.jp", List.of()));
        assertEquals(Side.UNKNOWN, BounceReporter.sideOf(null, List.of("example-hosting.jp")));
        Optional<BounceReporter> ourReporter = BounceReporter.find("MAILER-DAEMON@mx.example-hosting.jp", List.of("example-hosting.jp"));
        // The remote host that refused decides; without one, the reporter does.
        assertEquals(Side.THEIRS, BounceReporter.rejectingSide("gmail-smtp-in.l.google.com", ourReporter, List.of("example-hosting.jp")));
        assertEquals(Side.OURS, BounceReporter.rejectingSide(null, ourReporter, List.of("example-hosting.jp")));
        assertEquals(Side.UNKNOWN, BounceReporter.rejectingSide(null, Optional.empty(), List.of("example-hosting.jp")));
    }

    // ---- Keep or remove on a mailing list (seeds 003 and 004)

    @Test
    void listAdviceKeepsValidAddressesAndRemovesDeadOnes() {
        KnowledgeBase base = KnowledgeBase.bundled();
        assertEquals(ListAdvice.REMOVE, decide(base, Reason.USER_UNKNOWN, false, "550 5.1.1 User unknown").action());
        assertEquals(ListAdvice.KEEP, decide(base, Reason.MAILBOX_FULL, false, "552 5.2.2 mailbox full").action());
        assertEquals(ListAdvice.KEEP, decide(base, Reason.MESSAGE_TOO_BIG, false, "552 Message is too large").action());
        assertEquals(ListAdvice.KEEP, decide(base, Reason.EXPIRED, true, "could not send message for past 4 hours").action());
        assertEquals(ListAdvice.KEEP, decide(base, Reason.VACATION, false, "").action());
        assertEquals(ListAdvice.REVIEW, decide(base, Reason.ON_HOLD, false, "5.9.9 strange").action());
        assertEquals(ListAdvice.KEEP, decide(base, Reason.ON_HOLD, true, "4.9.9 strange").action());
        assertEquals("knowledge.list.hardBounce", decide(base, Reason.HOST_UNKNOWN, false, "Host unknown").messageKey());
    }

    private static ListDecision decide(KnowledgeBase base, Reason reason, boolean temporary, String text) {
        DeliveryFailure failure = new DeliveryFailure("someone@example.jp", null, TextNormalizer.findStatus(text).orElse(null),
                TextNormalizer.findReplyCode(text).orElse(null), reason, temporary, text, null, null, null, null, null, null,
                null, null, null);
        Advice advice = base.advise(failure, text);
        return ListAdvisor.decide(failure, advice);
    }

    private static void assertKeys(String address, String expectedKey) {
        assertTrue(keys(address).contains(expectedKey), address + " -> " + keys(address));
    }

    private static List<String> keys(String address) {
        return AddressCheck.check(address).stream().map(AddressFinding::key).toList();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ComputedHelpTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
