package jp.todoku.diagnosis.mta;

/** Trend Micro InterScan Messaging Security: notices from "InterScan". */
final class TrendMicroReader extends FamilyReader {

    @Override
    public String name() {
        return "trendmicro";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerFrom().contains("interscan") || context.lowerErrorText().contains("interscan messaging security");
    }
}
