package jp.todoku.diagnosis.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Japanese wordings of Japanese mail systems and carriers, alone or around the English server text. */
class JapaneseTextsTest {

    private final ReasonClassifier classifier = ReasonClassifier.bundled();

    @ParameterizedTest(name = "{2} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            -     | -    | 送信先のメールボックスが一杯のため、送信できませんでした。           | mailboxfull
            -     | RCPT | 宛先のメールアドレスが見つかりません                                 | userunknown
            -     | RCPT | 550 このメールアドレスは存在しません                                 | userunknown
            -     | -    | 宛先のドメインが存在しません                                         | hostunknown
            5.1.1 | RCPT | 次の宛先へ送信できませんでした。550 5.1.1 <taro@example.jp>: User unknown | userunknown
            -     | -    | ウイルスが検出されたため配信を停止しました                           | virusdetected
            -     | -    | しばらくしてから再送してください 421 Service not available, closing transmission channel | blocked
            -     | RCPT | 宛先のメールアドレスが見つからないため、メールを配信できませんでした。 | userunknown
            -     | -    | 宛先のメールアドレスが見つからないため、メールを配信できませんでした。 | userunknown
            -     | -    | 相手のメールボックスの容量がいっぱいのため届きませんでした。         | mailboxfull
            -     | RCPT | メールのサイズが大きすぎるため、送信できませんでした。               | mesgtoobig
            -     | -    | 宛先のドメインが見つからないため配信できませんでした。               | hostunknown
            -     | -    | 送信元のサーバーがブラックリストに登録されているため拒否されました。 | blocked
            -     | -    | 送信ドメイン認証に失敗したため受信を拒否されました。                 | authfailure
            -     | -    | このアカウントは利用停止中です。                                     | suspend
            -     | -    | サーバーへの接続がタイムアウトしました。                             | networkerror
            """)
    void japaneseWordings(String status, String command, String text, String expected) {
        Evidence evidence = Cases.evidence(null, status, null, command, "taro@example.jp", null, text);
        assertThat(classifier.classify(evidence).reason().code()).isEqualTo(expected);
    }
}
