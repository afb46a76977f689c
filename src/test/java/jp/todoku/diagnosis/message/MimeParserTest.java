package jp.todoku.diagnosis.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MimeParserTest {

    @Test
    void readsNestedPartsDecodedAndTheEnclosedMessage() {
        String message = """
                From: a@example.com
                Subject: =?UTF-8?B?44OG44K544OI?=
                Content-Type: multipart/mixed; boundary="outer"

                preamble
                --outer
                Content-Type: multipart/alternative; boundary=inner

                --inner
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                caf=C3=A9 =
                ok
                --inner--
                --outer
                Content-Type: message/rfc822

                Subject: original
                Message-ID: <m1@example.com>

                body
                --outer--
                """;

        ParsedMessage parsed = ParsedMessage.parse(message);

        assertThat(parsed.subject()).isEqualTo("テスト");
        assertThat(parsed.texts()).containsExactly("café ok");
        assertThat(parsed.original().get("message-id")).isEqualTo("<m1@example.com>");
    }

    @Test
    void foldedHeadersAreUnfolded() {
        String text = "Subject: one\n  two\n\tthree\nTo: x@example.com\n\nbody";
        Headers headers = MimeParser.headers(text, 0, text.length(), true).headers();

        assertThat(headers.get("subject")).isEqualTo("one two three");
        assertThat(headers.get("to")).isEqualTo("x@example.com");
    }

    @Test
    void anUnclosedBoundaryRunsToTheEnd() {
        ParsedMessage parsed = ParsedMessage.parse("Content-Type: multipart/mixed; boundary=b\n\n--b\n"
                + "Content-Type: text/plain\n\nlast words\n");

        assertThat(parsed.texts()).containsExactly("last words\n");
    }

    @Test
    void aBoundaryTheBodyNeverUsesIsGuessed() {
        ParsedMessage parsed = ParsedMessage.parse("Content-Type: multipart/mixed; boundary=declared\n\n--used\n"
                + "Content-Type: text/plain\n\nfirst\n--used\nContent-Type: text/plain\n\nsecond\n--used--\n");

        assertThat(parsed.texts()).containsExactly("first", "second");
    }

    @Test
    void deliveryStatusBlocksAreSplitPerRecipient() {
        DeliveryStatusFields fields = DeliveryStatusFields.parse("""
                Reporting-MTA: dns; mx.example.net

                Final-Recipient: rfc822; a@example.org
                Original-Recipient: rfc822; a@example.org
                Status: 5.1.1
                Final-Recipient: rfc822; b@example.org
                Status: 4.2.2
                Diagnostic-Code: smtp; 452 4.2.2 over
                  quota
                """);

        assertThat(fields.perMessage().get("reporting-mta")).isEqualTo("dns; mx.example.net");
        assertThat(fields.perRecipient()).hasSize(2);
        assertThat(fields.perRecipient().get(1).get("diagnostic-code")).isEqualTo("smtp; 452 4.2.2 over quota");
    }
}
