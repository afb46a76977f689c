package jp.todoku.diagnosis.mta;

/** au one net (KDDI): notices from auone-net.jp or dion.ne.jp, in Japanese. */
final class KddiReader extends FamilyReader {

    @Override
    public String name() {
        return "kddi";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerFrom().contains("auone-net.jp") || context.lowerFrom().contains("dion.ne.jp");
    }

    @Override
    protected void adjust(Draft draft, Context context) {
        if (spamFiltered(context)) {
            draft.verdict = jp.todoku.diagnosis.Reason.FILTERED;
        }
    }

    /** "X-SPASIGN: NG": au's spam filter (spamghetti) refused the message for this recipient. */
    static boolean spamFiltered(Context context) {
        return context.headers().get("x-spasign").trim().equalsIgnoreCase("NG");
    }
}
