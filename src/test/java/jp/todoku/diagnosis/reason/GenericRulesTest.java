package jp.todoku.diagnosis.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generic checks in their order, each hit by its status meaning or its phrase, with the SMTP-step
 * guards; then the text scan order. Texts are real server wordings (corpus families named in comments).
 */
class GenericRulesTest {

    private final ReasonClassifier classifier = ReasonClassifier.bundled();

    @ParameterizedTest(name = "{5} ← {3} [{0} {2}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            5.2.2 | 550 | -    | 550 5.2.2 <neko@example.jp>... Mailbox Full                                     | sendmail          | mailboxfull
            5.1.1 | 550 | RCPT | 550 5.1.1 <neko@example.jp>... User unknown; mailbox is full                     | mailboxfull first | mailboxfull
            5.3.4 | 552 | -    | 552 5.3.4 Message too large                                                     | SES inbound       | mesgtoobig
            5.2.3 | 552 | -    | 552 5.2.3 Message too large for this recipient                                  | 5.2.3 not mesgtoobig | exceedlimit
            5.2.3 | 552 | -    | 552 5.2.3 Message length exceeds limit set by recipient                          | SES inbound       | exceedlimit
            5.2.1 | 550 | -    | 550-5.2.1 The email account that you tried to reach is disabled.               | Gmail             | suspend
            5.7.13 | 525 | -   | 525 5.7.13 Disabled recipient address                                           | sendmail          | suspend
            5.0.0 | 550 | -    | 550 Mailbox is frozen. See http://mail.i.ua/err/3/                              | i.ua              | suspend
            5.1.6 | 550 | -    | 550 5.1.6 recipient no longer on server: neko@example.go.jp                     | postfix           | hasmoved
            -     | 551 | RCPT | 551 not our customer                                                            | sendmail          | hasmoved
            -     | 554 | RCPT | 554 5.7.1 <neko@example.jp>: Relay access denied                               | postfix           | norelaying
            5.1.1 | 550 | RCPT | 550 5.1.1 <neko@example.jp>: relaying denied                                    | 5.1.1 not a user  | norelaying
            5.7.26 | 550 | -   | 550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy | Gmail | authfailure
            5.0.0 | 550 | -    | 550 Bad SPF records for [example.org:192.0.2.2], see http://spf.pobox.com/      | exim              | authfailure
            5.1.1 | 550 | -    | 550 5.1.1 <neko@example.jp>... User Unknown                                     | status            | userunknown
            -     | 550 | RCPT | 550 No such user here                                                           | text at RCPT      | userunknown
            -     | 550 | DATA | 550 No such user here                                                           | text after DATA   | filtered
            -     | 550 | -    | 550 Unknown user neko@example.jp                                                | unknown step      | filtered
            -     | -   | -    | User not listed in public Name & Address Book                                   | sure wording, unknown step | userunknown
            5.1.10 | 550 | -   | The email address wasn't found at the destination domain. It might be misspelled | sure wording, Office 365 | userunknown
            -     | -   | DATA | User not listed in public Name & Address Book                                   | sure wording after DATA | filtered
            5.4.1 | -   | -    | 5.4.1 Recipient address rejected: Access denied. [x.jpnprd01.prod.outlook.com]  | Exchange Online DBEB | userunknown
            -     | -   | -    | Unable to deliver message to <neko@example.jp> (and other recipients in the same domain). | InterScan | userunknown
            5.2.1 | 550 | RCPT | 550 5.2.1 <neko@example.jp>... User Unknown                                     | text at RCPT wins | userunknown
            5.2.1 | 550 | -    | 550 5.2.1 <neko@example.jp>... User Unknown                                     | 5.2.1 elsewhere   | filtered
            5.2.0 | 550 | -    | 550 5.2.0 Message Filtered                                                      | SES inbound       | filtered
            5.7.25 | 550 | -   | 550-5.7.25 The IP address sending this message does not have a PTR record setup | Gmail             | requireptr
            5.7.1 | 550 | -    | 550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 192.0.2.2 | exim | requireptr
            -     | 450 | MAIL | 450 service permits 2 unverifyable sending IPs - example.com is not 192.0.2.2   | exim              | requireptr
            5.0.0 | 554 | -    | 554 Transaction failed: Duplicate header 'DKIM-Signature'.                      | SES               | notcompliantrfc
            5.7.1 | 550 | -    | 550-5.7.1 [192.0.2.2] Messages with multiple addresses in From: header are not accepted. | Gmail | notcompliantrfc
            5.7.1 | 550 | -    | 550-5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address | Gmail | badreputation
            5.6.0 | 552 | -    | 552 5.6.0 Headers too large (3 max)                                             | sendmail          | contenterror
            5.1.8 | 501 | -    | 501 5.1.8 Sender address rejected                                               | status            | rejected
            5.1.0 | 553 | MAIL | 553 5.1.0 neko.example.com does not exist                                       | recipient code at MAIL | rejected
            5.7.1 | 550 | MAIL | 550 5.7.1 Access denied                                                         | postfix           | rejected
            5.7.1 | 550 | RCPT | 550 5.7.1 Access denied                                                         | not at RCPT       | securityerror
            5.1.8 | 553 | -    | 553 5.1.8 <httpd@example.jp>... Domain of sender address httpd@example.jp does not exist | sendmail | rejected
            5.1.2 | 550 | -    | 550 Host unknown                                                                | sendmail          | hostunknown
            5.4.4 | -   | -    | Host or domain name not found. Name service error for name=example.jp type=A: Host not found | postfix | hostunknown
            5.4.4 | -   | -    | Name service error for name=example.org type=MX: Malformed or unexpected name server reply | DNS error | networkerror
            5.4.4 | -   | -    | Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)                 | qmail no MX       | notaccept
            5.7.1 | 554 | DATA | 554 5.7.1 Client host rejected: spam detected                                   | spam after DATA   | spamdetected
            5.7.1 | 554 | RCPT | 554 5.7.1 Client host rejected: spam detected                                   | spam is not RCPT  | blocked
            5.6.0 | 554 | -    | 554 5.6.0 This message has been scored as spam with a probability of more than 90% | postfix        | spamdetected
            5.7.1 | 550 | -    | 550 5.7.1 Message content rejected, UBE, id=00000-22-225                        | barracuda         | spamdetected
            4.2.1 | 450 | -    | 450-4.2.1 The user you are trying to contact is receiving mail too quickly.     | Gmail             | speeding
            5.0.0 | 552 | -    | 552 Too many recipients                                                         | postfix           | toomanyconn
            5.0.0 | 550 | -    | 550 Connection frequency limited. http://service.mail.qq.com/                  | qq.com            | toomanyconn
            5.7.1 | 554 | -    | 554 5.7.1 Service unavailable; Client host [192.0.2.2] blocked using zen.spamhaus.org | postfix      | blocked
            4.7.1 | 450 | -    | 450 4.7.1 <h.example.jp[192.0.2.5]>: Client host rejected: may not be mail exchanger | sendmail     | blocked
            5.1.1 | 550 | -    | 550 5.7.1 IP address blacklisted by recipient                                   | blocked over 5.1.1 | blocked
            """)
    void smtpErrorChecks(String status, String reply, String command, String text, String where, String expected) {
        Evidence evidence = Cases.evidence(null, status, reply, command, null, null, text);
        assertThat(classifier.classify(evidence).reason().code()).as(where).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{3} ← {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            5.7.0 | 554 | 554 5.7.0 Message rejected due to local policy: virus detected       | virusdetected
            5.7.0 | 550 | 550 5.7.0 Local Policy Violation                                      | policyviolation
            5.0.0 | 554 | 554 Message not allowed - Email not accepted for policy reasons        | policyviolation
            5.0.0 | 451 | 451 Could not load DRD for domain (example.com)                        | systemerror
            5.0.0 | 554 | 554 Service currently unavailable                                     | systemerror
            5.0.0 | -   | Error transferring to x; Maximum hop count exceeded. Message probably in a routing loop. | networkerror
            4.4.5 | 452 | 452 4.4.5 Insufficient disk space; try again later                    | systemfull
            4.0.0 | -   | DNS type 'mx' lookup of example.org responded with code NOERROR The domain example.org doesn't receive email according to the administrator: returned Null MX | notaccept
            4.0.0 | -   | DNS type 'mx' lookup of example.jp responded with code NXDOMAIN Domain name not found: example.jp | networkerror
            5.7.27 | 550 | 550 Host does not accept mail                                        | notaccept
            4.4.7 | -   | connect to example.org[192.0.2.2]:25: Connection timed out            | expired
            -     | -   | Message will be retried for 2 more day(s)                             | expired
            -     | 500 | 500 Remote server does not support TLS (state 6).                     | failedstarttls
            -     | 523 | 523 Encryption Needed                                                 | failedstarttls
            5.0.0 | 550 | 550 Unauthenticated senders not allowed                               | securityerror
            5.0.0 | 550 | 550-Please turn on SMTP Authentication in your mail client.           | securityerror
            -     | -   | <neko@example.net>: malformed address: <neko@example.net> may not follow <x@example.jp> | syntaxerror
            5.7.515 | 550 | 550 5.7.515 Access denied, sending domain EXAMPLE.JP doesn't meet the required authentication level | authfailure
            5.7.7 | 554 | 554 5.7.7 Email policy violation detected                             | policyviolation
            4.3.0 | 421 | 421 4.3.0 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster | systemerror
            4.3.0 | -   | /var/mail/neko/Maildir/tmp/1.neko: Disk quota exceeded                | mailboxfull
            """)
    void textScanAfterTheChecks(String status, String reply, String text, String expected) {
        Evidence evidence = Cases.evidence(null, status, reply, null, null, null, text);
        assertThat(classifier.classify(evidence).reason().code()).isEqualTo(expected);
    }
}
