package jp.todoku.diagnosis.knowledge;

import java.util.BitSet;

/**
 * What the customer gave, prepared once for all the failures of the message it came with: its
 * normalised form, the literals found in it and its evidence lines, each built on first use. Before,
 * every failure normalised the whole input (up to 64 KB) twice. Made by {@link KnowledgeBase#prepare};
 * not thread-safe, as one message is advised on one thread.
 */
public final class PreparedInput {

    private final String text;
    private final RuleIndex index;
    private NormalisedText normalised;
    private BitSet literals;
    private EvidenceLines evidence;

    PreparedInput(String text, RuleIndex index) {
        this.text = text == null ? "" : text;
        this.index = index;
    }

    String text() {
        return text;
    }

    boolean isFor(RuleIndex other) {
        return index == other;
    }

    NormalisedText normalised() {
        if (normalised == null) {
            normalised = NormalisedText.of(text);
        }
        return normalised;
    }

    /** The rule literals found in the normalised input; callers must not change the set. */
    BitSet literals() {
        if (literals == null) {
            literals = index.literalsIn(normalised());
        }
        return literals;
    }

    EvidenceLines evidence() {
        if (evidence == null) {
            evidence = new EvidenceLines(text, normalised());
        }
        return evidence;
    }
}
