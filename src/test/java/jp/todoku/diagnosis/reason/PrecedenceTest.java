package jp.todoku.diagnosis.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each step of the precedence, with a row that fails if the step is lost or moved: the reader's verdict,
 * delivered, local delivery agents, provider rules (by domain, remote host, reporting host), the generic
 * checks, the weak verdict, then the status meaning / text scan and the last resorts.
 */
class PrecedenceTest {

    private final ReasonClassifier classifier = ReasonClassifier.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a sure reader verdict is final                | vacation    | 5.1.1 | 550 | RCPT | -                | -                    | -                               | 550 5.1.1 User unknown                                        | vacation
            a sure reader verdict beats a phrase          | policyviolation | 5.2.2 | 552 | - | -                | -                    | -                               | 552 5.2.2 Mailbox full                                        | policyviolation
            a weak verdict yields to an earlier check     | userunknown | 5.2.2 | 552 | RCPT | -                | -                    | -                               | 552 5.2.2 Mailbox full                                        | mailboxfull
            a weak verdict holds at its place in the order | userunknown | -    | 550 | RCPT | -                | -                    | -                               | 550 blocked using zen.spamhaus.org                            | userunknown
            a weak verdict is kept when nothing decides   | expired     | -     | -   | -    | -                | -                    | -                               | odd words nobody listed                                       | expired
            a weak verdict is not kept over a check       | onhold      | -     | 550 | RCPT | -                | -                    | -                               | 550 5.7.1 Relay access denied                                 | norelaying
            status 2.x is delivered                       | -           | 2.1.5 | 250 | -    | -                | -                    | -                               | 250 2.1.5 Ok; user unknown was fixed                          | delivered
            a local agent's own message decides           | -           | 5.2.2 | -   | -    | -                | -                    | -                               | x-unix; maildrop: maildir over quota.                         | mailboxfull
            a local agent's unknown message is mailererror | -          | 5.1.1 | -   | -    | -                | -                    | -                               | x-unix; procmail: Couldn't create "/var/mail/neko": No such user | mailererror
            an SMTP reply quoting a pipe is not local     | -           | 5.5.0 | 554 | -    | -                | -                    | -                               | 554 "/usr/local/bin/procmail -f- #neko"... Service unavailable | systemerror
            a local agent's words before the reply count  | -           | 5.5.0 | 554 | -    | -                | -                    | -                               | mail.local: unknown user: neko 554 <neko@example.net>... Service unavailable | userunknown
            local agents only after DATA                  | -           | 5.1.1 | 550 | RCPT | -                | -                    | -                               | 550 5.1.1 procmail: No such user                              | userunknown
            provider rules come before generic ones       | -           | 5.0.0 | 550 | DATA | neko@docomo.ne.jp | -                   | -                               | 550 Unknown user neko@docomo.ne.jp                            | rejected
            a provider's own mark names it in a bare paste | -          | 4.7.0 | 421 | -    | -                | -                    | -                               | 421 4.7.0 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/error-codes | badreputation
            the recipient domain beats a mark             | -           | 5.0.0 | 550 | DATA | neko@docomo.ne.jp | -                   | -                               | 550 Unknown user, see https://senders.yahooinc.com/error-codes | rejected
            a bare domain said missing is hostunknown     | -           | -     | 553 | DATA | neko@example.net | -                    | -                               | 553 mail.example.net does not exist                           | hostunknown
            a missing domain at MAIL FROM is the sender's | -           | 5.1.0 | 553 | MAIL | neko@example.net | -                    | -                               | 553 5.1.0 sender example.org does not exist                   | rejected
            an address said missing stays a mailbox       | -           | -     | 550 | RCPT | neko@example.net | -                    | -                               | 550 neko@example.net does not exist here                      | userunknown
            the provider is found by the remote host too  | -           | 5.0.0 | 550 | DATA | neko@example.jp  | mfsmax.docomo.ne.jp  | -                               | 550 Unknown user neko@example.jp                              | rejected
            without a provider the generic rule decides   | -           | 5.0.0 | 550 | DATA | neko@example.jp  | mx.example.jp        | -                               | 550 Unknown user neko@example.jp                              | filtered
            the provider is found by the reporting host   | -           | 5.0.0 | 550 | -    | neko@example.org | mail.example.org     | server-1.bemta-2.messagelabs.com | 550 neko@example.org... No such user                         | userunknown
            the recipient domain beats the remote host    | -           | 5.0.0 | 550 | DATA | neko@docomo.ne.jp | mx.mail.qq.com      | -                               | 550 Unknown user                                              | rejected
            the status meaning decides when no check does | -           | 4.3.1 | 452 | -    | -                | -                    | -                               | 452 4.3.1 Insufficient system resources                       | systemfull
            a weak status meaning yields to the text scan | -           | 4.4.1 | -   | -    | -                | -                    | -                               | Host is unreachable (#4.4.1)                                   | networkerror
            a weak status meaning stands without a phrase | -           | 4.4.7 | -   | -    | -                | -                    | -                               | 4.4.7 odd words                                               | expired
            x.6.* falls back to contenterror              | -           | 5.6.9 | 554 | -    | -                | -                    | -                               | 554 5.6.9 odd words                                           | contenterror
            x.7.* falls back to securityerror             | -           | 5.7.99 | 550 | -   | -                | -                    | -                               | 550 5.7.99 odd words                                          | securityerror
            reply 501-507 is syntaxerror                  | -           | -     | 504 | -    | -                | -                    | -                               | 504 Command parameter not implemented                         | syntaxerror
            a refusal at EHLO is blocked                  | -           | 5.0.0 | 550 | EHLO | -                | -                    | -                               | 550 Rejected                                                  | blocked
            an auto-reply wording is vacation             | -           | -     | -   | -    | -                | -                    | -                               | Thank you. I am out of the office until Monday.               | vacation
            any other text is onhold                      | -           | 5.0.0 | 550 | -    | -                | -                    | -                               | 550 odd words nobody listed                                   | onhold
            no text at all is undefined                   | -           | -     | -   | -    | -                | -                    | -                               | -                                                             | undefined
            """)
    void eachStep(String what, String verdict, String status, String reply, String command, String recipient,
                  String remoteHost, String reportingHost, String text, String expected) {
        Evidence evidence = Cases.evidence(verdict, status, reply, command, recipient, remoteHost, reportingHost,
                false, null, text);
        assertThat(classifier.classify(evidence).reason().code()).as(what).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a delayed report with no other clue is expired       | true  | -      | odd words nobody listed | expired
            a failed report with the same text is onhold         | false | -      | odd words nobody listed | onhold
            an X-UNIX error with no known wording is mailererror | false | X-UNIX | temporary failure       | mailererror
            the same error over SMTP is onhold                   | false | SMTP   | temporary failure       | onhold
            """)
    void lastResorts(String what, boolean delayed, String type, String text, String expected) {
        Evidence evidence = Cases.evidence(null, "4.3.0", null, null, null, null, null, delayed, type, text);
        assertThat(classifier.classify(evidence).reason().code()).as(what).isEqualTo(expected);
    }
}
