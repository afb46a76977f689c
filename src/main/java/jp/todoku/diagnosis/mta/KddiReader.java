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
}
