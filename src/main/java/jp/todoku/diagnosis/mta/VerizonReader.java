package jp.todoku.diagnosis.mta;

/** Verizon Wireless MMS gateway: "MMSC NDR Administrator" notices. */
final class VerizonReader extends FamilyReader {

    @Override
    public String name() {
        return "verizon";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerFrom().contains("vzwpix.com") || context.lowerFrom().contains("vtext.com");
    }
}
