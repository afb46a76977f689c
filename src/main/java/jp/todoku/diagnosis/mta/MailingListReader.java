package jp.todoku.diagnosis.mta;

import java.util.List;
import jp.todoku.diagnosis.Reason;

/**
 * Notices from mailing-list servers (fml, ezmlm-style "not a member" replies, loop alerts). The
 * notice names its cause in fixed words of the software itself, so the reader sets the reason: a
 * post from a non-member is refused by the list ({@code rejected}); a loop alert is the list's own
 * fault ({@code systemerror}).
 */
final class MailingListReader implements MailServerReader {

    @Override
    public String name() {
        return "fml";
    }

    @Override
    public boolean recognises(Context context) {
        return context.headers().get("x-mlserver").toLowerCase(java.util.Locale.ROOT).contains("fml")
                || context.headers().has("mailing-list") && context.lowerSubject().contains("not member");
    }

    @Override
    public List<Finding> read(Context context) {
        Reason reason;
        if (context.lowerSubject().contains("not member") || context.lowerErrorText().contains("not a member")) {
            reason = Reason.REJECTED;
        } else if (context.lowerSubject().contains("loop alert") || context.lowerErrorText().contains("duplicated message-id")) {
            reason = Reason.SYSTEM_ERROR;
        } else {
            return List.of();
        }
        List<String> addresses = Scan.addresses(context.errorText(), 5);
        String recipient = addresses.isEmpty() ? Scan.address(context.headers().get("to")) : addresses.get(0);
        if (recipient == null) {
            return List.of();
        }
        Draft draft = new Draft(recipient);
        draft.text(HeuristicReader.errorLines(context.errorText()));
        draft.verdict = reason;
        return List.of(draft.complete(name(), context));
    }
}
