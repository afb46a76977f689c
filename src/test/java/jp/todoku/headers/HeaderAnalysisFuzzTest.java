package jp.todoku.headers;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jp.todoku.fuzz.Bounds;

/**
 * The header analysis (issue 16). The reader never throws (the analyzer turns a bug into "no headers",
 * so the reader is checked on its own), the analysis is bounded by the limits, LF, CRLF and CR give the
 * same analysis, and the header block that a saved link keeps analyses the same again.
 */
class HeaderAnalysisFuzzTest {

    private static final HeaderAnalyzer ANALYZER = HeaderAnalyzer.standard();

    private final Bounds bounds = Bounds.perHarness();

    @FuzzTest(maxDuration = "10m")
    void analyze(byte[] input) {
        if (input.length > Bounds.MAX_INPUT) {
            return;
        }
        String text = ANALYZER.textOf(input);
        HeaderReader.Block block = bounds.timed("HeaderReader.read", text.length(),
                () -> new HeaderReader(ANALYZER.limits()).read(text));
        assertThat(block.fields().size()).isLessThanOrEqualTo(ANALYZER.limits().maxFields());

        String lf = Bounds.lf(text);
        HeaderAnalysis analysis = bounds.timed("HeaderAnalyzer.analyze", lf.length(), () -> ANALYZER.analyze(lf));
        bounds.timed("HeaderAnalyzer.analyze(bytes)", input.length, () -> ANALYZER.analyze(input));
        assertThat(analysis.fieldCount()).isLessThanOrEqualTo(ANALYZER.limits().maxFields());
        if (analysis.route() != null) {
            assertThat(analysis.route().hops().size()).isLessThanOrEqualTo(ANALYZER.limits().maxHops());
        }
        Bounds.outputBounded("analysis", analysis.toString().length(), lf.length(), 6, 8192);
        assertThat(ANALYZER.analyze(Bounds.crlf(lf))).as("CRLF").isEqualTo(analysis);
        assertThat(ANALYZER.analyze(Bounds.cr(lf))).as("CR").isEqualTo(analysis);

        String kept = ANALYZER.headerBlock(lf);
        if (!kept.isEmpty() && analysis.readable()) {
            HeaderAnalysis again = ANALYZER.analyze(kept);
            assertThat(again.summary()).as("summary from the kept block").isEqualTo(analysis.summary());
            assertThat(again.route()).as("route from the kept block").isEqualTo(analysis.route());
            assertThat(again.authentication()).as("authentication from the kept block").isEqualTo(analysis.authentication());
            assertThat(again.spamSignals()).as("spam signals from the kept block").isEqualTo(analysis.spamSignals());
        }
    }
}
