package jp.todoku.diagnosis.mta;

/** au (KDDI) EZweb mail: notices from Postmaster@ezweb.ne.jp. */
final class EzwebReader extends FamilyReader {

    @Override
    public String name() {
        return "ezweb";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerFrom().contains("@ezweb.ne.jp");
    }

    /** The line of dashes EZweb writes between its notice and the returned message. */
    private static final String BOUNDARY = "-".repeat(50);

    @Override
    protected void adjust(Draft draft, Context context) {
        if (KddiReader.spamFiltered(context)) {
            draft.verdict = jp.todoku.diagnosis.Reason.FILTERED;
            return;
        }
        // The notice's own sentence ("The user(s) account is disabled.") stands above the failed
        // address, and without MIME the returned message follows the dashes: read the notice only.
        String text = context.errorText();
        int boundary = text.indexOf(BOUNDARY);
        String notice = boundary < 0 ? text : text.substring(0, boundary);
        if (draft.verdict == null && FormatMessages.bundled().find(name(), draft.diagnosticText) == null) {
            jp.todoku.diagnosis.Reason said = FormatMessages.bundled().find(name(), notice);
            if (said != null) {
                draft.verdict = said;
                if (draft.diagnosticText.isEmpty() || boundary >= 0 && text.indexOf(draft.diagnosticText) > boundary) {
                    draft.diagnosticText = HeuristicReader.errorLines(notice);
                }
            }
        }
    }
}
