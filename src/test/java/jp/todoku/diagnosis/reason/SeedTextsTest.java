package jp.todoku.diagnosis.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server texts listed in the support pages under shared/seeds (Gmail, Yahoo! JAPAN and Outlook.com
 * error lists), each with the reason a support person would give.
 */
class SeedTextsTest {

    private final ReasonClassifier classifier = ReasonClassifier.bundled();

    @ParameterizedTest(name = "Gmail {0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            421 | 4.4.5 | Server busy, try again later.                                                          | systemerror
            421 | 4.7.0 | IP not in whitelist for RCPT domain, closing connection.                               | blocked
            421 | 4.7.0 | Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked. | blocked
            421 | 4.7.0 | Temporary System Problem. Try again later.                                              | systemerror
            421 | 4.7.0 | Try again later, closing connection.                                                    | toomanyconn
            421 | 4.7.0 | TLS required for RCPT domain, closing connection.                                      | failedstarttls
            450 | 4.1.1 | Recipient address rejected. unverified address:                                         | userunknown
            450 | 4.2.1 | The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. | speeding
            450 | 4.2.1 | The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. | speeding
            450 | 4.2.1 | Peak SMTP relay limit exceeded for customer. This is a temporary error.                 | speeding
            451 | 4.3.0 | Mail server temporarily rejected message.                                               | systemerror
            451 | 4.3.0 | Multiple destination domains per transaction is unsupported. Please try again.         | systemerror
            451 | 4.4.2 | Timeout - closing connection.                                                           | networkerror
            451 | 4.5.0 | SMTP protocol violation, see RFC 2821.                                                  | syntaxerror
            452 | 4.2.2 | The email account that you tried to reach is over quota.                                | mailboxfull
            452 | 4.5.3 | Domain policy size per transaction exceeded, please try this recipient in a separate transaction. | toomanyconn
            452 | 4.5.3 | Your message has too many recipients.                                                   | toomanyconn
            454 | 4.5.0 | SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207.  | syntaxerror
            454 | 4.7.0 | Cannot authenticate due to temporary system problem. Try again later.                  | securityerror
            501 | 5.5.2 | Cannot Decode Response.                                                                 | syntaxerror
            530 | 5.7.0 | Must issue a STARTTLS command first.                                                    | failedstarttls
            550 | 5.1.1 | The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. | userunknown
            550 | 5.2.1 | The email account that you tried to reach is disabled.                                  | suspend
            550 | 5.2.1 | The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. | speeding
            550 | 5.4.5 | Daily sending quota exceeded.                                                           | speeding
            550 | 5.4.5 | Daily SMTP relay limit exceeded for user.                                               | speeding
            550 | 5.7.0 | Mail relay denied.                                                                      | norelaying
            550 | 5.7.0 | Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain. | rejected
            550 | 5.7.1 | Email quota exceeded.                                                                   | mailboxfull
            550 | 5.7.1 | Invalid credentials for relay.                                                          | securityerror
            550 | 5.7.1 | Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked. | blocked
            550 | 5.7.1 | Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. | spamdetected
            550 | 5.7.1 | The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. | blocked
            550 | 5.7.1 | The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. | policyviolation
            550 | 5.7.1 | Unauthenticated email is not accepted from this domain.                                 | authfailure
            550 | 5.7.1 | Daily SMTP relay limit exceeded for customer.                                           | speeding
            552 | 5.2.2 | The email account that you tried to reach is over quota.                                | mailboxfull
            552 | 5.2.3 | Your message exceeded Google's message size limits.                                     | mesgtoobig
            553 | 5.1.2 | We weren't able to find the recipient domain. Please check for any spelling errors.     | hostunknown
            555 | 5.5.2 | Syntax error.                                                                            | syntaxerror
            """)
    void gmail(String reply, String status, String text, String expected) {
        Evidence evidence = Cases.evidence(null, status, reply, null, "neko@gmail.com", "gmail-smtp-in.l.google.com",
                reply + "-" + status + " " + text + " - gsmtp");
        assertThat(classifier.classify(evidence).reason().code()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Yahoo! JAPAN: {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            -    | neko@yahoo.co.jp: Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long. | networkerror
            -    | neko@yahoo.co.jp: 192.0.2.1 does not like recipient. Remote host said: 550 Requested action not taken: mailbox unavailable Giving up on 192.0.2.1 | userunknown
            -    | neko@yahoo.co.jp: 192.0.2.1 does not like recipient. Remote host said: 550 ... User unknown Giving up on 192.0.2.1 | userunknown
            -    | sender@example.jp: Connected to 192.0.2.1 but sender was rejected. Remote host said: 550 Access denied | rejected
            -    | neko@yahoo.co.jp: 192.0.2.1 does not like recipient. Remote host said: 550 Invalid recipient: <neko@yahoo.co.jp> Giving up on 192.0.2.1 | userunknown
            -    | neko@yahoo.co.jp: 192.0.2.1 does not like recipient. Remote host said: 553 No such user here Giving up on 192.0.2.1 | userunknown
            554  | delivery error: dd This user doesn't have a yahoo.co.jp account (neko@yahoo.co.jp)  | userunknown
            554  | delivery error: dd Sorry, your message to neko@yahoo.co.jp cannot be delivered. This account is over quota. | mailboxfull
            554  | neko@yahoo.co.jp: 192.0.2.1 does not like recipient. Remote host said: 554 <sender@example.jp>: Recipient address rejected: Access denied Giving up on 192.0.2.1 | filtered
            554  | delivery error: dd Sorry your message to neko@yahoo.co.jp cannot be delivered. This account has been disabled or discontinued. | suspend
            554  | 554 Message not allowed - DM Email not accepted for policy reasons. Please visit https://www.yahoo-help.jp/ | policyviolation
            """)
    void yahooJapan(String reply, String text, String expected) {
        Evidence evidence = Cases.evidence(null, null, reply, null, "neko@yahoo.co.jp", null, text);
        assertThat(classifier.classify(evidence).reason().code()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Outlook.com {0} {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            421 | RP-001 (BAY004-MC1F22) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. | badreputation
            421 | RP-002 (BAY004-MC1F22) Unfortunately, some messages from 192.0.2.1 weren't sent.             | badreputation
            421 | RP-003 (BAY004-MC1F22) Unfortunately, some messages from 192.0.2.1 weren't sent.             | badreputation
            550 | SC-001 (BAY004-MC1F22) Unfortunately, messages from 192.0.2.1 weren't sent.                  | blocked
            550 | SC-002 (BAY004-MC1F22) Unfortunately, messages from 192.0.2.1 weren't sent.                  | blocked
            550 | SC-003 (BAY004-MC1F22) Unfortunately, messages from 192.0.2.1 weren't sent.                  | blocked
            550 | SC-004 (BAY004-MC1F22) Unfortunately, messages from 192.0.2.1 weren't sent.                  | blocked
            550 | DY-001 (BAY004-MC1F22) Unfortunately, messages from 192.0.2.1 weren't sent.                  | blocked
            550 | DY-002 (BAY004-MC1F22) Unfortunately, messages from 192.0.2.1 weren't sent.                  | blocked
            550 | OU-001 (BAY004-MC1F22) Unfortunately, messages from 192.0.2.1 weren't sent.                  | blocked
            550 | OU-002 (BAY004-MC1F22) Unfortunately, messages from 192.0.2.1 weren't sent.                  | blocked
            550 | 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ | blocked
            451 | 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation.  | badreputation
            550 | Requested action not taken: mailbox unavailable (-0000000022:2222:-0000000022)                | userunknown
            550 | 5.4.1 Recipient address rejected: Access denied. AS(201806281) [x.prod.protection.outlook.com] | userunknown
            """)
    void outlook(String reply, String text, String expected) {
        Evidence evidence = Cases.evidence(null, null, reply, null, "neko@outlook.com", "mx1.hotmail.com", reply + " " + text);
        assertThat(classifier.classify(evidence).reason().code()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed error list: {2} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            5.7.26 | DATA | 550-5.7.26 This mail is unauthenticated, which poses a security risk to the 550-5.7.26 sender and Gmail users, and has been blocked. The sender must 550-5.7.26 authenticate with at least one of SPF or DKIM. | authfailure
            -      | RCPT | 550 User unknown                                            | userunknown
            5.1.1  | RCPT | 550 5.1.1 xxxxxx@hogehoge.ne.jp... User unknown              | userunknown
            -      | -    | The email account that you tried to reach does not exist      | filtered
            -      | -    | Quota over exceeded                                          | mailboxfull
            -      | -    | User mailbox exceeds                                         | mailboxfull
            -      | RCPT | Email blocked by bl.example.org                              | blocked
            -      | RCPT | 554 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org | blocked
            5.5.2  | DATA | 521 5.5.2 Error: bare <LF> received after DATA (1234 bytes) | notcompliantrfc
            -      | -    | 550 Host unknown                                             | hostunknown
            -      | RCPT | 550 Relaying Denied                                          | norelaying
            5.7.1  | MAIL | 550 5.7.1 Access denied                                      | rejected
            -      | RCPT | 550 sorry, no mailbox here by that name. (#5.1.1) (in reply to RCPT TO command) | userunknown
            -      | DATA | 552 Message is too large                                     | mesgtoobig
            -      | DATA | 553 Spam or junk mail threshold exceeded.                    | spamdetected
            -      | DATA | 554 Unsolicited Bulk Email not accepted!! Check              | spamdetected
            -      | -    | 555 Unsupported option: xxxxxxxxx                            | syntaxerror
            """)
    void supportPageErrorLists(String status, String command, String text, String expected) {
        Evidence evidence = Cases.evidence(null, status, null, command, "neko@example.jp", "mx.example.jp", text);
        assertThat(classifier.classify(evidence).reason().code()).isEqualTo(expected);
    }
}
