package jp.todoku.diagnosis.mta;

import static org.assertj.core.api.Assertions.assertThat;

import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.SmtpCommand;
import org.junit.jupiter.api.Test;

class GmailStateTest {

    @Test
    void readsTheStateGmailAppendsToTheReply() {
        assertThat(GmailState.of("554 554 5.7.0 Header error (state 18).")).contains(GmailState.END_OF_DATA);
        assertThat(GmailState.of("550 550 5.1.1 <a@example.jp>... User Unknown (state 14).")).hasValueSatisfying(state -> {
            assertThat(state.command()).isEqualTo(SmtpCommand.RCPT);
            assertThat(state.reason()).isEqualTo(Reason.USER_UNKNOWN);
        });
        assertThat(GmailState.of("500 Remote server does not support TLS (state 6).")).contains(GmailState.TLS);
    }

    @Test
    void ignoresUnknownOrMissingStates() {
        assertThat(GmailState.of("550 5.1.1 User Unknown")).isEmpty();
        assertThat(GmailState.of("550 odd (state 99).")).isEmpty();
        assertThat(GmailState.of("550 odd (state )")).isEmpty();
        assertThat(GmailState.of("550 odd (state 1234567890123)")).isEmpty();
    }
}
