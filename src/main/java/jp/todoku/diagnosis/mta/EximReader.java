package jp.todoku.diagnosis.mta;

/** Exim: "This message was created automatically by mail delivery software." */
final class EximReader extends FamilyReader {

    @Override
    public String name() {
        return "exim";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerErrorText().contains("this message was created automatically by mail delivery software")
                || context.headers().has("x-failed-recipients");
    }

    @Override
    protected void adjust(Draft draft, Context context) {
        String lower = context.lowerErrorText();
        if (lower.contains("pipe to |")) {
            // Delivery to a local program ("pipe to |/usr/bin/...") failed: a local delivery
            // error, which RFC 3464 reports would mark with the X-UNIX type.
            draft.diagnosticType = draft.diagnosticType == null ? "X-UNIX" : draft.diagnosticType;
        }
        if (draft.diagnosticText.isEmpty() || draft.diagnosticText.startsWith("This message was created automatically")) {
            // Local deliveries ("save to ...", "pipe to ...") write their error under the address line.
            String failed = paragraphAfter(context, "the following address(es) failed:");
            if (!failed.isBlank()) {
                draft.text(failed);
            }
        }
        if (draft.diagnosticText.isEmpty() || lower.contains("the following text was generated during the delivery attempt")) {
            String generated = paragraphAfter(context, "the following text was generated during the delivery attempt");
            int ruler = generated.lastIndexOf("------");
            String text = ruler >= 0 ? generated.substring(ruler + 6) : generated;
            if (!text.isBlank()) {
                draft.text(text);
            }
        }
    }
}
