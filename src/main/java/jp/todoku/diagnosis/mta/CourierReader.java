package jp.todoku.diagnosis.mta;

/** Courier mail server: "... running the Courier mail server, version ..." */
final class CourierReader extends FamilyReader {

    @Override
    public String name() {
        return "courier";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerErrorText().contains("courier mail server");
    }

    @Override
    protected void adjust(Draft draft, Context context) {
        // "Diagnostic-Code: smtp; <command failed>" followed by the server's reply on the next line:
        // courieresmtp's marker for a command answered with an error, then the reply itself.
        String text = draft.diagnosticText;
        if (text.regionMatches(true, 0, COMMAND_FAILED, 0, COMMAND_FAILED.length())) {
            String reply = text.substring(COMMAND_FAILED.length()).strip();
            if (!reply.isEmpty()) {
                draft.text(reply);
            }
        }
    }

    private static final String COMMAND_FAILED = "<command failed>";
}
