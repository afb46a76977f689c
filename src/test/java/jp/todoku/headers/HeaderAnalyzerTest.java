package jp.todoku.headers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row a fixture: what each client's header format and each hard case must give, in every line ending. */
class HeaderAnalyzerTest {

    private static final HeaderAnalyzer ANALYZER = HeaderAnalyzer.standard();

    record Expected(String fixture, HeaderAnalysis.Source source, int hops, int slowest, WaitCause cause,
                    boolean totalTrusted, AuthVerdict spf, AuthVerdict dkim, AuthVerdict dmarc,
                    Alignment.Outcome alignment, String subject) {
    }

    static Stream<Arguments> rows() {
        List<Expected> table = List.of(
                // Gmail's source view: Gmail's internal hop names no host; 37 minutes passed before Gmail took it.
                new Expected("gmail-source.txt", HeaderAnalysis.Source.MESSAGE, 4, 3, WaitCause.RETRY, true,
                        AuthVerdict.PASS, AuthVerdict.PASS, AuthVerdict.PASS, Alignment.Outcome.ALIGNED, "お知らせ"),
                // Outlook's internet headers, unfolded, no authserv-id: Microsoft's own verdicts are believed.
                new Expected("outlook-internet-headers.txt", HeaderAnalysis.Source.HEADERS, 5, 3, WaitCause.RETRY, true,
                        AuthVerdict.SOFTFAIL, AuthVerdict.NONE, AuthVerdict.FAIL, Alignment.Outcome.NOTHING_PASSED, "見積"),
                // Thunderbird's source view: IPv6 senders, a 19 minute wait at the sender's submission server.
                new Expected("thunderbird-source.eml", HeaderAnalysis.Source.MESSAGE, 4, 2, WaitCause.GREYLISTING, true,
                        AuthVerdict.PASS, AuthVerdict.FAIL, AuthVerdict.PASS, Alignment.Outcome.ALIGNED, "会議の件"),
                new Expected("clock-skew.txt", HeaderAnalysis.Source.HEADERS, 3, 2, WaitCause.GREYLISTING, false,
                        AuthVerdict.UNKNOWN, AuthVerdict.UNKNOWN, AuthVerdict.UNKNOWN, Alignment.Outcome.UNKNOWN, "skewed"),
                new Expected("missing-dates.txt", HeaderAnalysis.Source.HEADERS, 4, 4, WaitCause.GREYLISTING, true,
                        AuthVerdict.UNKNOWN, AuthVerdict.UNKNOWN, AuthVerdict.UNKNOWN, Alignment.Outcome.UNKNOWN, "no dates"),
                // The attacker's own "pass" fields (one claiming the receiver's name) are set aside.
                new Expected("forged-results.txt", HeaderAnalysis.Source.HEADERS, 3, 2, WaitCause.NONE, true,
                        AuthVerdict.FAIL, AuthVerdict.NONE, AuthVerdict.FAIL, Alignment.Outcome.NOTHING_PASSED, "緊急"),
                new Expected("greylisted-bounce.eml", HeaderAnalysis.Source.BOUNCE_RETURNED_PART, 2, 2,
                        WaitCause.GREYLISTING, true, AuthVerdict.UNKNOWN, AuthVerdict.UNKNOWN, AuthVerdict.UNKNOWN,
                        Alignment.Outcome.UNKNOWN, "Quote"));
        return table.stream().flatMap(row -> Stream.of("\n", "\r\n", "\r").map(end -> Arguments.of(row, end)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void readsEachFormat(Expected expected, String lineEnd) {
        HeaderAnalysis analysis = ANALYZER.analyze(HeaderFixtures.read(expected.fixture(), lineEnd));

        assertThat(analysis.problem()).isNull();
        assertThat(analysis.source()).isEqualTo(expected.source());
        assertThat(analysis.route().hops()).hasSize(expected.hops());
        assertThat(analysis.route().slowestNumber()).as("slowest hop").isEqualTo(expected.slowest());
        assertThat(analysis.route().cause()).isEqualTo(expected.cause());
        assertThat(analysis.route().totalTrusted()).isEqualTo(expected.totalTrusted());
        assertThat(analysis.authentication().spf().verdict()).as("spf").isEqualTo(expected.spf());
        assertThat(analysis.authentication().dkim().verdict()).as("dkim").isEqualTo(expected.dkim());
        assertThat(analysis.authentication().dmarc().verdict()).as("dmarc").isEqualTo(expected.dmarc());
        assertThat(analysis.authentication().alignment().outcome()).isEqualTo(expected.alignment());
        assertThat(analysis.summary().subject()).isEqualTo(expected.subject());
    }

    @Test
    void gmailHopsCarryEveryClause() {
        HeaderAnalysis analysis = ANALYZER.analyze(HeaderFixtures.read("gmail-source.txt"));
        Hop entry = analysis.route().hops().get(2);

        assertThat(entry.from()).isEqualTo("mail.shop.example.co.jp");
        assertThat(entry.fromAddress()).isEqualTo("203.0.113.25");
        assertThat(entry.by()).isEqualTo("mx.google.com");
        assertThat(entry.with()).isEqualTo("ESMTPS");
        assertThat(entry.id()).startsWith("d9443c01a7336");
        assertThat(entry.forAddress()).isEqualTo("hanako.example@gmail.com");
        assertThat(entry.crossing()).isTrue();
        assertThat(entry.at().toInstant()).isEqualTo(java.time.Instant.parse("2026-12-03T12:42:08Z"));
        assertThat(analysis.route().hops().get(0).state()).isEqualTo(HopState.FROM_SENT_DATE);
        assertThat(analysis.route().hops().get(0).delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(analysis.route().hops().get(2).delay()).isEqualTo(Duration.ofMinutes(36).plusSeconds(58));
        assertThat(analysis.route().total()).isEqualTo(Duration.ofMinutes(37).plusSeconds(19));
        assertThat(analysis.summary().from()).isEqualTo("ショップ <news@shop.example.co.jp>");
        assertThat(analysis.authentication().signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.domain()).isEqualTo("shop.example.co.jp");
            assertThat(signature.selector()).isEqualTo("s2026");
            assertThat(signature.algorithm()).isEqualTo("rsa-sha256");
            assertThat(signature.signsFrom()).isTrue();
        });
        assertThat(analysis.authentication().arcSets()).singleElement().satisfies(set -> {
            assertThat(set.instance()).isEqualTo(1);
            assertThat(set.chain()).isEqualTo(AuthVerdict.NONE);
            assertThat(set.authservId()).isEqualTo("mx.google.com");
        });
        assertThat(analysis.spamSignals()).extracting(SpamSignal::meaning)
                .containsExactly(SpamMeaning.GMAIL_NOT_SPAM, SpamMeaning.GMAIL_NOT_PHISHY);
        assertThat(analysis.senderDomain()).isEqualTo("shop.example.co.jp");
    }

    @Test
    void ipv6AddressesAreRead() {
        List<Hop> hops = ANALYZER.analyze(HeaderFixtures.read("thunderbird-source.eml")).route().hops();

        assertThat(hops.get(0).fromAddress()).isEqualTo("2001:db8:beef::1a");
        assertThat(hops.get(1).fromAddress()).isEqualTo("2001:db8:10::25");
        assertThat(hops.get(3).with()).isEqualTo("LMTP");
    }

    @Test
    void clockSkewIsFlaggedNotTrusted() {
        Route route = ANALYZER.analyze(HeaderFixtures.read("clock-skew.txt")).route();

        assertThat(route.hops()).extracting(Hop::state)
                .containsExactly(HopState.FROM_SENT_DATE, HopState.MEASURED, HopState.CLOCK_SKEW);
        assertThat(route.hops().get(2).delay()).isNegative();
        assertThat(route.findSlowest().orElseThrow().delay()).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void missingDatesLeaveHopsUnmeasured() {
        Route route = ANALYZER.analyze(HeaderFixtures.read("missing-dates.txt")).route();

        assertThat(route.hops()).extracting(Hop::state)
                .containsExactly(HopState.NO_DATE, HopState.START, HopState.NO_DATE, HopState.MEASURED);
        assertThat(route.hops().get(3).delay()).isEqualTo(Duration.ofMinutes(30));
        assertThat(route.sent()).isNull();
    }

    @Test
    void onlyTheReceiversOwnResultsAreTrusted() {
        Authentication authentication = ANALYZER.analyze(HeaderFixtures.read("forged-results.txt")).authentication();

        assertThat(authentication.receivingDomains()).containsExactly("example.jp");
        assertThat(authentication.results()).extracting(AuthenticationResults::trust)
                .containsExactly(AuthTrust.RECEIVER, AuthTrust.BEFORE_RECEIVER, AuthTrust.OTHER_SERVER);
        assertThat(authentication.hasUntrusted()).isTrue();
    }

    @Test
    void microsoftsUnnamedResultsAndSpamVerdictsAreRead() {
        HeaderAnalysis analysis = ANALYZER.analyze(HeaderFixtures.read("outlook-internet-headers.txt"));

        assertThat(analysis.authentication().results()).singleElement()
                .extracting(AuthenticationResults::trust).isEqualTo(AuthTrust.RECEIVER_UNNAMED);
        assertThat(analysis.spamSignals()).extracting(SpamSignal::meaning).containsExactly(SpamMeaning.SCL_SPAM,
                SpamMeaning.SFV_SPM, SpamMeaning.CAT_SPOOF, SpamMeaning.SCL_SPAM);
        assertThat(analysis.judgedJunk()).isTrue();
        assertThat(analysis.route().hops().get(2).fromAddress()).isEqualTo("198.51.100.20");
        assertThat(analysis.route().hops().get(4).fromAddress()).isEqualTo("2603:1096:400:1b::6");
    }

    @Test
    void spamAssassinScoresAreRead() {
        HeaderAnalysis analysis = ANALYZER.analyze(HeaderFixtures.read("thunderbird-source.eml"));

        assertThat(analysis.spamSignals()).extracting(SpamSignal::meaning, SpamSignal::value).contains(
                org.assertj.core.api.Assertions.tuple(SpamMeaning.SPAM_FLAG_NO, "1.2 / 6.3"),
                org.assertj.core.api.Assertions.tuple(SpamMeaning.SPAM_SCORE, "1.2"));
        assertThat(analysis.judgedJunk()).isFalse();
    }

    @Test
    void foldedAndUnfoldedCopiesReadTheSame() {
        String folded = HeaderFixtures.read("thunderbird-source.eml");
        String unfolded = folded.replace("\n\t", " ").replace("\n        ", " ");

        assertThat(ANALYZER.analyze(unfolded).route()).isEqualTo(ANALYZER.analyze(folded).route());
    }

    @Test
    void indentationLostInCopyingStillJoinsTheField() {
        String text = "Received: from a.example.net (a.example.net [192.0.2.1])\nby b.example.jp with ESMTP id Z;\n"
                + "Thu, 3 Dec 2026 10:00:00 +0900\nSubject: x\n";

        Hop hop = ANALYZER.analyze(text).route().hops().get(0);

        assertThat(hop.by()).isEqualTo("b.example.jp");
        assertThat(hop.at()).isNotNull();
    }

    @Test
    void nothingUsableIsAProblemNotAnException() {
        assertThat(ANALYZER.analyze("").problem()).isEqualTo(HeaderAnalysis.Problem.EMPTY);
        assertThat(ANALYZER.analyze((byte[]) null).problem()).isEqualTo(HeaderAnalysis.Problem.EMPTY);
        assertThat(ANALYZER.analyze("hello, my mail is late").problem()).isEqualTo(HeaderAnalysis.Problem.NO_HEADERS);
        assertThat(ANALYZER.analyze("Subject: hi\nFrom: a@b.example\n").problem()).isEqualTo(HeaderAnalysis.Problem.NO_TRACE);
    }
}
