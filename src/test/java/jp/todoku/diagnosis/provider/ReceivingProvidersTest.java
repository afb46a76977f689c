package jp.todoku.diagnosis.provider;

import static org.assertj.core.api.Assertions.assertThat;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;
import jp.todoku.diagnosis.phrase.Clues;
import jp.todoku.diagnosis.phrase.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Choosing the provider, and each provider's own codes and wordings. */
class ReceivingProvidersTest {

    private static final ReceivingProviders PROVIDERS = ReceivingProviders.bundled();

    @Test
    void everyProviderLoadsWithRules() {
        assertThat(PROVIDERS.all()).extracting(ReceivingProvider::id).contains("google", "microsoft", "yahoo-inc",
                "yahoo-japan", "apple", "aol", "cox", "godaddy", "kddi", "docomo", "tencent", "mimecast", "messagelabs",
                "facebook", "franceptt", "spectrum", "iua");
        for (ReceivingProvider provider : PROVIDERS.all()) {
            assertThat(provider.rules().rules()).as(provider.id()).isNotEmpty();
            assertThat(provider.rules().rules()).allSatisfy(rule ->
                    assertThat(rule.source()).startsWith("diagnosis/providers/" + provider.id() + ".tsv:"));
        }
    }

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            neko@gmail.com          | -                                  | -                              | google
            neko@Mail.GoogleMail.com> | -                                | -                              | google
            neko@example.jp         | aspmx.l.google.com                 | -                              | google
            neko@example.jp         | dns; ALT1.ASPMX.L.GOOGLE.COM.      | -                              | google
            neko@example.jp         | mx.example.jp[192.0.2.1]           | -                              | -
            neko@example.jp         | -                                  | server-5.bemta-3.messagelabs.com | messagelabs
            neko@hotmail.co.jp      | mx.example.jp                      | -                              | microsoft
            neko@example.jp         | example-jp.mail.protection.outlook.com | -                          | microsoft
            neko@yahoo.co.jp        | -                                  | -                              | yahoo-japan
            neko@yahoo.com          | -                                  | -                              | yahoo-inc
            neko@example.com        | mta6.am0.yahoodns.net              | -                              | yahoo-inc
            neko@ezweb.ne.jp        | -                                  | -                              | kddi
            neko@docomo.ne.jp       | mx.qq.com                          | -                              | docomo
            neko@example.jp         | mfsmax.docomo.ne.jp                | -                              | docomo
            neko@notgmail.com       | -                                  | -                              | -
            neko@gmail.com.example.jp | -                                | -                              | -
            -                       | -                                  | -                              | -
            """)
    void choosesByDomainThenRemoteHostThenReportingHost(String recipient, String remoteHost, String reportingHost,
                                                        String expected) {
        assertThat(PROVIDERS.find(recipient, remoteHost, reportingHost).map(ReceivingProvider::id).orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {4} → {5}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            google      | 5.2.2 | 552 | -    | 552-5.2.2 The recipient's inbox is out of storage space and inactive.           | mailboxfull
            google      | 5.7.1 | 550 | -    | 550-5.7.1 Our system has detected that this message is likely unsolicited mail | spamdetected
            microsoft   | 5.7.606 | 550 | -  | 550 5.7.606 Access denied, banned sending IP [192.0.2.1]                         | blocked
            microsoft   | 5.7.620 | 550 | -  | 550 5.7.620 anything                                                            | blocked
            microsoft   | 4.7.650 | 451 | -  | 451 4.7.650 The mail server has been temporarily rate limited due to IP reputation | badreputation
            microsoft   | 5.1.10 | 550 | -   | 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup | userunknown
            microsoft   | -     | 550 | -    | 550 SC-001 (BAY004-MC1F22) Unfortunately, messages from 192.0.2.1 weren't sent   | blocked
            microsoft   | -     | 421 | -    | 421 RP-001 (BAY004-MC1F22) Unfortunately, some messages weren't sent              | badreputation
            microsoft   | 5.2.122 | 550 | -  | 550 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour | speeding
            microsoft   | 5.7.134 | 550 | -  | 550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required | rejected
            microsoft   | 5.4.1 | 550 | -    | 550 5.4.1 Relay Access Denied ATTR36                                            | norelaying
            microsoft   | 5.4.1 | 550 | -    | 550 5.4.1 Recipient address rejected: Access denied. AS(201806281)              | userunknown
            yahoo-inc   | 4.7.0 | 421 | MAIL | 421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints | rejected
            yahoo-inc   | 4.7.0 | 421 | -    | 421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints | badreputation
            yahoo-inc   | 5.0.0 | 554 | -    | 554 delivery error: dd This user doesn't have a yahoo.com account                | userunknown
            yahoo-japan | -     | 554 | -    | delivery error: dd This account has been disabled or discontinued                | suspend
            apple       | 5.2.2 | 552 | -    | 552 5.2.2 <neko@icloud.com>: user is over quota                                  | mailboxfull
            apple       | 5.7.1 | 554 | -    | 554 5.7.1 Your message was rejected due to example.org's DMARC policy           | authfailure
            aol         | 5.4.4 | -   | -    | Name service error for name=example.org type=MX: Malformed or unexpected name server reply | notaccept
            cox         | 5.1.0 | 550 | -    | 550 5.1.0 <x@example.com> sender rejected. AUP#CDRBL                             | blocked
            cox         | -     | 421 | -    | 421 too many messages AUP#CXTHRT                                                 | speeding
            godaddy     | 5.1.3 | 553 | -    | 553 http://www.spamhaus.org/query/bl?ip=192.0.2.222                              | blocked
            godaddy     | 5.2.0 | 550 | DATA | 550 5.2.0 <x@example.com> From: Domain is invalid. Please provide a valid From: IB506 | rejected
            kddi        | 5.2.0 | 550 | -    | 550 : User unknown                                                              | filtered
            kddi        | -     | 550 | -    | 550 <neko@ezweb.ne.jp>: User unknown                                             | userunknown
            docomo      | 5.1.1 | 550 | -    | 550 Unknown user neko@docomo.ne.jp                                               | userunknown
            docomo      | 5.0.0 | 550 | DATA | 550 Unknown user neko@docomo.ne.jp                                               | rejected
            docomo      | 5.0.0 | 550 | RCPT | 550 Unknown user neko@docomo.ne.jp                                               | userunknown
            docomo      | 5.3.0 | 550 | -    | 550 Unknown user neko@docomo.ne.jp                                               | filtered
            docomo      | -     | 552 | -    | 552 too much mail data                                                           | mailboxfull
            tencent     | 5.0.0 | 550 | -    | 550 Ip frequency limited [x Blocked IP 192.0.2.22]                               | toomanyconn
            tencent     | 5.0.0 | 550 | -    | 550 Mailbox not found or access denied                                           | userunknown
            mimecast    | 5.0.0 | 554 | -    | 554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554  | policyviolation
            messagelabs | 5.0.0 | 542 | -    | 542 neko@example.com Rejected                                                    | userunknown
            messagelabs | 5.0.0 | 550 | -    | 550-Please turn on SMTP Authentication in your mail client.                      | securityerror
            facebook    | 5.1.1 | 550 | -    | 550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes#rcp Recipient address does not exist | userunknown
            facebook    | -     | 550 | -    | 550 POL-P7 http://postmaster.facebook.com/response_codes message does not comply | authfailure
            franceptt   | 5.1.1 | 550 | -    | 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416] | userunknown
            franceptt   | 4.0.0 | 421 | -    | 421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. OFR_999 [999]       | blocked
            franceptt   | 5.7.1 | 554 | -    | 554 5.7.1 <x.example.net[192.0.2.1]:49309>: Client host rejected: #216 lpn LPN000_630 | policyviolation
            franceptt   | 5.2.0 | 550 | DATA | 550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]                             | spamdetected
            spectrum    | 5.1.0 | 550 | -    | 550 5.1.0 <x@example.com> sender rejected. AUP#In-1310                           | toomanyconn
            iua         | 5.0.0 | 550 | -    | 550 Mailbox is frozen. See http://mail.i.ua/err/3/                               | suspend
            """)
    void eachProviderMapsItsOwnWords(String provider, String status, String reply, String command, String text,
                                     String expected) {
        Clues clues = Clues.of(status == null ? null : DeliveryStatus.find(status).orElseThrow(),
                reply == null ? null : new ReplyCode(Integer.parseInt(reply)), text,
                command == null ? null : SmtpCommand.find(command).orElseThrow());
        ReceivingProvider found = PROVIDERS.findById(provider).orElseThrow();
        assertThat(found.judge(clues).map(Rule::reason).map(reason -> reason.code()).orElse(null)).isEqualTo(expected);
    }
}
