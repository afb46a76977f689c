package jp.todoku.diagnosis.mta;

/** Microsoft Exchange 2007 and later (and Office 365): "Diagnostic information for administrators:" below the notice. */
final class Exchange2007Reader extends FamilyReader {

    @Override
    public String name() {
        return "exchange2007";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerErrorText().contains("diagnostic information for administrators") && !context.lowerErrorText().contains(".outlook.com");
    }
}
