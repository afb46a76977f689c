package jp.todoku.diagnosis.phrase;

import java.util.List;

/** A plain list of phrases with no reason attached, such as the wordings that mean "temporary". */
public final class PhraseList {

    private final String name;
    private final List<Phrase> phrases;
    private final MatchIndex index;

    public PhraseList(String name, List<Phrase> phrases) {
        this.name = name;
        this.phrases = List.copyOf(phrases);
        this.index = Phrase.indexOf(this.phrases);
    }

    public String name() {
        return name;
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    /** Whether any phrase occurs in the (normalised) text. */
    public boolean matches(String text) {
        return !text.isEmpty() && !Phrase.occurring(phrases, index, text).isEmpty();
    }
}
