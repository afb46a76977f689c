package jp.todoku.diagnosis.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncodedWordsTest {

    @Test
    void joinsAdjacentWordsBeforeDecoding() {
        // One UTF-8 character split over two words, as some mailers write long subjects.
        assertThat(EncodedWords.decode("=?utf-8?B?44OQ44Km44Oz44K5?= =?utf-8?B?44Oh44O844Or?=")).isEqualTo("バウンスメール");
    }

    @Test
    void decodesIso2022jpAndQuotedPrintableWords() {
        assertThat(EncodedWords.decode("=?ISO-2022-JP?B?GyRCJWEhPCVrGyhC?= test")).isEqualTo("メール test");
        assertThat(EncodedWords.decode("Re: =?iso-8859-1?Q?Caf=E9_ouvert?=")).isEqualTo("Re: Café ouvert");
    }

    @Test
    void leavesBrokenWordsAsTheyAre() {
        assertThat(EncodedWords.decode("=?utf-8?X?abc?= plain")).isEqualTo("=?utf-8?X?abc?= plain");
        assertThat(EncodedWords.decode("no words")).isEqualTo("no words");
    }
}
