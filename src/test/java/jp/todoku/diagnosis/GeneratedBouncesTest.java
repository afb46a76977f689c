package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Real DSNs written by real MTAs (Postfix 3.7, Exim 4.96, OpenSMTPD 6.8 from Debian) for replies a
 * scripted SMTP server gave in the words of real providers and MTAs (src/test/resources/bounces/generated,
 * made by its factory/). Each DSN goes through the front door ({@link Diagnoser#diagnose(byte[])}) as LF,
 * CRLF and CR; reason, status, reply code and recipient are compared with expected.tsv, whose reason
 * is what the server's reply means by docs/reasons.md, not what Todoku says.
 *
 * <p>Where Todoku is wrong today the row and field are in {@link #KNOWN_FAILURES}, so the build stays
 * green while the gap stays visible: every other field must match, and the score is printed. A known
 * failure that starts to pass is printed so that it can be removed from the list.
 */
class GeneratedBouncesTest {

    private static final String ROOT = "/bounces/generated/";

    private static final Diagnoser DIAGNOSER = Diagnoser.create();

    /**
     * Fields Todoku gets wrong today: "file#index field", with what Todoku said and what was expected
     * in the comment. Fix the engine, then remove the line.
     */
    static final Set<String> KNOWN_FAILURES = Set.of(
            // KNOWN-FAILURES-BEGIN
            "courier/exim-ratelimit.eml#1 reason", // Todoku: onhold, expected: expired — Courier kept only '>>> RSET <<< <command failed>' after two minutes of 451s at MAIL FROM: no server words and no expiry wording in the DSN
            "courier/exim-unrouteable.eml#1 reason", // Todoku: hostunknown, expected: userunknown
            "courier/qmail-nomailbox.eml#1 replycode", // Todoku: , expected: 511 — 511 is not an RFC 5321 reply code; Scan.isSmtpReply refuses it (as for every MTA)
            "courier/refused.eml#1 reason", // Todoku: networkerror, expected: expired — 'unknown; Connection refused' with Status 5.0.0: nothing says the queue time ran out
            "courier/timeout.eml#1 reason", // Todoku: onhold, expected: expired — Courier wrote no text at all for a server that never greeted (Status 5.0.0, no Diagnostic-Code)
            "courier/yahoo-tss04.eml#1 reason", // Todoku: onhold, expected: expired — as exim-ratelimit: the 421 at MAIL FROM is gone, only 'RSET <command failed>' is left
            "courier/yahoo-unresolvable.eml#1 replycode", // Todoku: , expected: 451 — Status 5.0.0 beside a bare 451 (no enhanced code): a reply code of the other class is dropped, as for Exim
            "dma/exim-unrouteable.eml#1 reason", // Todoku: hostunknown, expected: userunknown — Exim's bare 'Unrouteable address' reads as a domain that cannot be routed (as for every MTA)
            "dma/qmail-nomailbox.eml#1 replycode", // Todoku: , expected: 511 — 511 is not an RFC 5321 reply code; Scan.isSmtpReply refuses it (as for every MTA)
            "exim/exim-unrouteable.eml#1 reason", // Todoku: hostunknown, expected: userunknown
            "exim/qmail-nomailbox.eml#1 replycode", // Todoku: , expected: 511
            "exim/yahoo-tss04.eml#1 reason", // Todoku: blocked, expected: badreputation
            "exim/yahoo-unresolvable.eml#1 replycode", // Todoku: , expected: 451
            "opensmtpd/au-unknown.eml#1 reason", // Todoku: filtered, expected: userunknown
            "opensmtpd/exim-unrouteable.eml#1 reason", // Todoku: hostunknown, expected: userunknown
            "opensmtpd/multi-rcpt3.eml#2 reason", // Todoku: filtered, expected: userunknown
            "opensmtpd/qmail-nomailbox.eml#1 replycode", // Todoku: , expected: 511
            "postfix/exim-unrouteable.eml#1 reason", // Todoku: hostunknown, expected: userunknown
            "postfix/noservice.eml#1 replycode", // Todoku: , expected: 554
            "postfix/noservice.eml#1 status", // Todoku: 4.3.2, expected: 5.3.2
            "postfix/qmail-nomailbox.eml#1 replycode", // Todoku: , expected: 511
            "postfix/yahoo-tss04.eml#1 reason", // Todoku: blocked, expected: badreputation
            "sendmail/multi-tempperm.eml#1 reason", // Todoku: speeding, expected: expired — Sendmail's transcript says 'sendmail-unknown@... Deferred: 421 4.7.1 Messages to icloud-volume@...': the 421 to another recipient closed the session, this one was never asked; Todoku takes the quoted 421 as its reply
            "sendmail/multi-tempperm.eml#1 replycode", // Todoku: 421, expected: — same
            "sendmail/multi-tempperm.eml#1 status", // Todoku: 4.7.1, expected: 4.4.7 — same
            "sendmail/multi-tempperm.eml#2 reason", // Todoku: speeding, expected: expired — same, for ok-4
            "sendmail/multi-tempperm.eml#2 replycode", // Todoku: 421, expected: — same
            "sendmail/multi-tempperm.eml#2 status", // Todoku: 4.7.1, expected: 4.4.7 — same
            "sendmail/nxdomain.eml#1 replycode", // Todoku: 550, expected: — Sendmail writes 'SMTP; 550 Host unknown' itself; the corpus (lhost-sendmail-15, -24) expects that 550 kept
            "sendmail/refused.eml#1 reason", // Todoku: blocked, expected: expired — 'Deferred: Connection refused by [127.0.0.1]' is a blocked phrase (phrases.tsv, PastesTest sendmail-deferred-ja); the fixture's convention is expired
            "sendmail/timeout.eml#1 reason", // Todoku: networkerror, expected: expired — Sendmail's own '451 4.4.1 reply: read error from' is a networkerror phrase and the text scan reads it before 'Connection timed out'; a format-message expired for 'Message could not be delivered for' cost lhost-sendmail-11 (DNS failure, networkerror)
            "sendmail/yahoo-tss04.eml#1 reason" // Todoku: rejected, expected: badreputation — as postfix/exim: TSS04 at MAIL FROM reads as a sender refusal (rejected)
            // KNOWN-FAILURES-END
    );

    record Row(String file, int index, String recipient, String status, String replyCode, String reason,
               boolean temporary, String basis) {

        String key(String field) {
            return file + "#" + index + " " + field;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : text("expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("file\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            rows.add(new Row(c[0], Integer.parseInt(c[1]), c[2], c[3], c[4], c[5], Boolean.parseBoolean(c[6]), c[7]));
        }
        return rows;
    }

    @Test
    void everyGeneratedDsnIsDecodedAsTheServerMeantIt() {
        List<Row> rows = rows();
        Map<String, List<Row>> byFile = new LinkedHashMap<>();
        rows.forEach(row -> byFile.computeIfAbsent(row.file(), f -> new ArrayList<>()).add(row));
        assertThat(byFile).hasSizeGreaterThanOrEqualTo(100);

        List<String> unexpected = new ArrayList<>();
        Set<String> failing = new TreeSet<>();
        Map<String, int[]> scores = new LinkedHashMap<>();
        List<String> lineEnds = new ArrayList<>();
        for (Map.Entry<String, List<Row>> entry : byFile.entrySet()) {
            String file = entry.getKey();
            String lf = new String(bytes(file), StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace('\r', '\n');
            Diagnosis diagnosis = DIAGNOSER.diagnose(lf.getBytes(StandardCharsets.ISO_8859_1));
            Diagnosis crlf = DIAGNOSER.diagnose(lf.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Diagnosis cr = DIAGNOSER.diagnose(lf.replace("\n", "\r").getBytes(StandardCharsets.ISO_8859_1));
            if (!crlf.equals(diagnosis) || !cr.equals(diagnosis)) {
                lineEnds.add(file);
            }
            String mta = file.substring(0, file.indexOf('/'));
            for (Row row : entry.getValue()) {
                DeliveryFailure failure = find(diagnosis, row);
                String said = failure == null ? null : failure.reason().code();
                check(row, "recipient", row.recipient(), failure == null ? null : failure.recipient(), failing, unexpected, scores, mta);
                check(row, "reason", row.reason(), said, failing, unexpected, scores, mta);
                check(row, "status", row.status(), failure == null ? null : failure.findStatus().map(Object::toString).orElse(""),
                        failing, unexpected, scores, mta);
                check(row, "replycode", row.replyCode(),
                        failure == null ? null : failure.findReplyCode().map(r -> String.valueOf(r.value())).orElse(""),
                        failing, unexpected, scores, mta);
                boolean all = failing.stream().noneMatch(k -> k.startsWith(row.file() + "#" + row.index() + " "));
                score(scores, mta, "all four", all);
                score(scores, "total", "all four", all);
            }
        }

        System.out.println("GeneratedBouncesTest: " + byFile.size() + " DSNs, " + rows.size() + " failed recipients");
        List<String> fields = List.of("recipient", "reason", "status", "replycode", "all four");
        scores.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> e.getKey().startsWith("total "))
                        .thenComparing(e -> e.getKey().substring(0, e.getKey().indexOf(' ')))
                        .thenComparing(e -> fields.indexOf(e.getKey().substring(e.getKey().indexOf(' ') + 1))))
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-22s %3d/%3d  %5.1f%%%n", e.getKey(), e.getValue()[0],
                        e.getValue()[1], 100.0 * e.getValue()[0] / e.getValue()[1]));
        for (String known : new TreeSet<>(KNOWN_FAILURES)) {
            if (!failing.contains(known)) {
                System.out.println("  now passing, remove from KNOWN_FAILURES: " + known);
            }
        }
        assertThat(lineEnds).as("LF, CRLF and CR give different results").isEmpty();
        assertThat(unexpected).as("fields that no longer match (not in KNOWN_FAILURES)").isEmpty();
    }

    /** The failure for the row's recipient (the index-th one when a recipient repeats), else the index-th. */
    private static DeliveryFailure find(Diagnosis diagnosis, Row row) {
        List<DeliveryFailure> failures = diagnosis.failures();
        List<DeliveryFailure> same = failures.stream()
                .filter(f -> row.recipient().equalsIgnoreCase(f.recipient())).toList();
        if (!same.isEmpty()) {
            return same.get(0);
        }
        return row.index() <= failures.size() ? failures.get(row.index() - 1) : null;
    }

    private static void check(Row row, String field, String expected, String actual, Set<String> failing,
                              List<String> unexpected, Map<String, int[]> scores, String mta) {
        boolean ok = actual != null && expected.equalsIgnoreCase(actual);
        score(scores, mta + " " + field, ok);
        score(scores, "total " + field, ok);
        if (!ok) {
            failing.add(row.key(field));
            if (!KNOWN_FAILURES.contains(row.key(field))) {
                unexpected.add("\"" + row.key(field) + "\", // Todoku: " + actual + ", expected: " + expected);
            }
        }
    }

    private static void score(Map<String, int[]> scores, String mta, String field, boolean ok) {
        score(scores, mta + " " + field, ok);
    }

    private static void score(Map<String, int[]> scores, String name, boolean ok) {
        int[] s = scores.computeIfAbsent(name, n -> new int[2]);
        s[0] += ok ? 1 : 0;
        s[1]++;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = Objects.requireNonNull(GeneratedBouncesTest.class.getResourceAsStream(ROOT + name), name)) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
