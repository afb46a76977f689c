package jp.todoku.diagnosis.mta;

/** DragonFly Mail Agent (dma): "This is the DragonFly Mail Agent". */
final class DragonflyReader extends FamilyReader {

    @Override
    public String name() {
        return "dragonfly";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerErrorText().contains("this is the dragonfly mail agent");
    }
}
