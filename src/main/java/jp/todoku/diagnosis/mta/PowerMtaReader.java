package jp.todoku.diagnosis.mta;

import java.util.Locale;
import jp.todoku.diagnosis.message.Headers;

/**
 * PowerMTA: a standard delivery-status report whose recipient blocks carry PowerMTA's own bounce
 * category ({@code X-PowerMTA-BounceCategory: bad-mailbox}); the category names the reason.
 */
final class PowerMtaReader extends FamilyReader {

    @Override
    public String name() {
        return "powermta";
    }

    @Override
    public boolean recognises(Context context) {
        return context.message().deliveryStatus().perMessage().has("x-powermta-virtualmta")
                || context.message().deliveryStatus().perRecipient().stream().anyMatch(block -> block.has("x-powermta-bouncecategory"));
    }

    @Override
    protected void adjust(Draft draft, Context context) {
        for (Headers block : context.message().deliveryStatus().perRecipient()) {
            String category = block.get("x-powermta-bouncecategory").trim().toLowerCase(Locale.ROOT);
            if (!category.isEmpty() && draft.recipient.equalsIgnoreCase(Scan.address(block.get("final-recipient")))) {
                draft.verdict = FormatMessages.bundled().find(name(), "bounce category " + category);
                return;
            }
        }
    }
}
