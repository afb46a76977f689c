package jp.todoku.headers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The header engine's front door: {@code HeaderAnalyzer.standard().analyze(text)}. Never throws, whatever
 * the input; time and memory are bounded by {@link HeaderLimits} (every step is one pass over a capped text).
 */
public final class HeaderAnalyzer {

    private final HeaderLimits limits;

    public HeaderAnalyzer(HeaderLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    public static HeaderAnalyzer standard() {
        return new HeaderAnalyzer(HeaderLimits.STANDARD);
    }

    public HeaderLimits limits() {
        return limits;
    }

    /** Bytes as uploaded (.eml): UTF-8 when they are, else Shift_JIS-compatible windows-31j, which decodes anything. */
    public HeaderAnalysis analyze(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return empty(HeaderAnalysis.Problem.EMPTY, EnumSet.noneOf(HeaderLimits.Limit.class));
        }
        return analyze(textOf(raw));
    }

    /** The text the engine reads from these bytes (what {@link #analyze(byte[])} analyses), capped; "" for none. */
    public String textOf(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return "";
        }
        return decode(raw, (int) Math.min(raw.length, (long) limits.maxHeaderChars() * 4));
    }

    public HeaderAnalysis analyze(String text) {
        if (text == null || text.isBlank()) {
            return empty(HeaderAnalysis.Problem.EMPTY, EnumSet.noneOf(HeaderLimits.Limit.class));
        }
        try {
            return analyzeRead(new HeaderReader(limits).read(text));
        } catch (RuntimeException | StackOverflowError unexpected) {
            // A bug must not become a 500 for a customer: report "no headers" and let the page say so politely.
            return empty(HeaderAnalysis.Problem.NO_HEADERS, EnumSet.noneOf(HeaderLimits.Limit.class));
        }
    }

    /**
     * Only the analysed header fields, one unfolded "Name: value" a line: what a saved link or a ticket
     * keeps, so a message's body is never stored. Analysing it again gives the same analysis. "" when none.
     */
    public String headerBlock(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            StringBuilder block = new StringBuilder();
            for (HeaderField field : new HeaderReader(limits).read(text).fields()) {
                block.append(field.name()).append(": ").append(field.value()).append('\n');
            }
            return block.toString();
        } catch (RuntimeException | StackOverflowError unexpected) {
            return "";
        }
    }

    private HeaderAnalysis analyzeRead(HeaderReader.Block block) {
        List<HeaderField> fields = block.fields();
        if (fields.isEmpty()) {
            return empty(HeaderAnalysis.Problem.NO_HEADERS, block.limitsMet());
        }
        Set<HeaderLimits.Limit> met = EnumSet.noneOf(HeaderLimits.Limit.class);
        met.addAll(block.limitsMet());
        List<Received> received = new ArrayList<>();
        for (HeaderField field : fields) {
            if (field.is("Received")) {
                if (received.size() >= limits.maxHops()) {
                    met.add(HeaderLimits.Limit.HOPS);
                    break;
                }
                received.add(Received.parse(field));
            }
        }
        MessageSummary summary = MessageSummary.of(fields);
        Authentication authentication = AuthenticationReader.read(fields, received);
        List<SpamSignal> spam = SpamHeaders.read(fields);
        boolean traced = !received.isEmpty() || !authentication.results().isEmpty()
                || !authentication.signatures().isEmpty() || !spam.isEmpty();
        return new HeaderAnalysis(traced ? null : HeaderAnalysis.Problem.NO_TRACE, block.source(), summary,
                Route.of(received, summary.sent()), authentication, spam, met, fields.size());
    }

    private static HeaderAnalysis empty(HeaderAnalysis.Problem problem, Set<HeaderLimits.Limit> met) {
        MessageSummary none = new MessageSummary("", "", "", "", "", null, "");
        Authentication nothing = new Authentication(List.of(), List.of(), Authentication.Check.UNKNOWN,
                Authentication.Check.UNKNOWN, Authentication.Check.UNKNOWN, List.of(), List.of(), AuthVerdict.UNKNOWN,
                List.of(), Alignment.of("", "", AuthVerdict.UNKNOWN, List.of(), false));
        return new HeaderAnalysis(problem, HeaderAnalysis.Source.HEADERS, none, Route.of(List.of(), null), nothing,
                List.of(), met, 0);
    }

    private static String decode(byte[] raw, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw, 0, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(raw, 0, length, windows31j());
        }
    }

    private static Charset windows31j() {
        try {
            return Charset.forName("windows-31j");
        } catch (RuntimeException absent) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
