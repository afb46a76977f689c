package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;
import jp.todoku.diagnosis.Reason;

/**
 * Google Groups refusing a post: the group does not exist or the sender may not post to it. The
 * notice itself is translated into the sender's language, so the format (not its words) fixes the
 * reason: the list refused the sender, {@code rejected}.
 */
final class GoogleGroupsReader implements MailServerReader {

    @Override
    public String name() {
        return "googlegroups";
    }

    @Override
    public boolean recognises(Context context) {
        String failed = context.headers().get("x-failed-recipients").toLowerCase(java.util.Locale.ROOT);
        return context.lowerFrom().contains("@googlemail.com")
                && (failed.contains("@googlegroups.com") || context.lowerErrorText().contains("groups.google.com"));
    }

    @Override
    public List<Finding> read(Context context) {
        List<Finding> findings = new ArrayList<>();
        String text = Scan.oneLine(context.errorText());
        if (text.length() > 600) {
            text = text.substring(0, 600);
        }
        for (String recipient : Scan.addresses(context.headers().get("x-failed-recipients"), 50)) {
            Draft draft = new Draft(recipient).text(text);
            draft.verdict = Reason.REJECTED;
            findings.add(draft.complete(name(), context));
        }
        return findings;
    }
}
