package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosisSnapshotTest {

    @Test
    void readsTheSelfServiceShape() {
        DiagnosisSnapshot snapshot = DiagnosisSnapshot.read(TestTickets.SNAPSHOT);

        assertThat(snapshot.present()).isTrue();
        assertThat(snapshot.readable()).isTrue();
        assertThat(snapshot.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.recipient()).isEqualTo("taro@example.net");
            assertThat(finding.status()).isEqualTo("5.2.2");
            assertThat(finding.replyCode()).isEqualTo("552");
            assertThat(finding.reason()).isEqualTo("mailboxfull");
            assertThat(finding.command()).isEqualTo("RCPT");
            assertThat(finding.entryId()).isEqualTo("reason-mailboxfull");
        });
        assertThat(snapshot.entryIds()).containsExactly("reason-mailboxfull");
    }

    @Test
    void readsAnOlderShapeWithAdviceAndEvidence() {
        String json = """
                [{"recipient":"a@example.jp","status":{"value":"5.1.1"},"replyCode":550,"reason":"userunknown",
                  "advice":{"best":{"id":"reason-userunknown","title":"宛先不明"},"evidence":["550 5.1.1 unknown", 7]}}]
                """;

        DiagnosisSnapshot snapshot = DiagnosisSnapshot.read(json);

        assertThat(snapshot.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.status()).isEqualTo("5.1.1");
            assertThat(finding.replyCode()).isEqualTo("550");
            assertThat(finding.entryIds()).containsExactly("reason-userunknown");
            assertThat(finding.entryTitle()).isEqualTo("宛先不明");
            assertThat(finding.evidence()).containsExactly("550 5.1.1 unknown", "7");
        });
    }

    @Test
    void brokenOrMissingSnapshotsNeverFail() {
        assertThat(DiagnosisSnapshot.read(null).present()).isFalse();
        assertThat(DiagnosisSnapshot.read("{not json").readable()).isFalse();
        assertThat(DiagnosisSnapshot.read("\"just a string\"").findings()).isEmpty();
        assertThat(DiagnosisSnapshot.read("{\"failures\":[1,null,{}]}").findings()).hasSize(1);
    }

    @Test
    void sizesAreBounded() {
        StringBuilder json = new StringBuilder("{\"failures\":[");
        for (int i = 0; i < 80; i++) {
            json.append(i > 0 ? "," : "").append("{\"recipient\":\"").append("x".repeat(3000)).append("\"}");
        }
        DiagnosisSnapshot snapshot = DiagnosisSnapshot.read(json.append("]}").toString());

        assertThat(snapshot.findings()).hasSize(DiagnosisSnapshot.MAX_RECIPIENTS);
        assertThat(snapshot.findings().get(0).recipient()).hasSize(DiagnosisSnapshot.MAX_TEXT);
    }
}
