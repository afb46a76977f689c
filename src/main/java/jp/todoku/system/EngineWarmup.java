package jp.todoku.system;

import jp.todoku.diagnosis.Diagnoser;

/**
 * Loads the diagnosis engine's tables and knowledge base on a thread of their own while Spring
 * starts. They are plain data (hundreds of phrases, rules and entries compiled into automata) and
 * need nothing from the context, so on a machine with two cores they cost nothing on the way to
 * ready: the beans that need them later find them built. One diagnosis is run to load the classes
 * the first customer's request would otherwise wait for.
 */
public final class EngineWarmup {

    private EngineWarmup() {
    }

    public static void start() {
        Thread thread = new Thread(EngineWarmup::warm, "engine-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void warm() {
        Diagnoser.withBundledKnowledge().diagnose("550 5.1.1 <nobody@example.jp>: Recipient address rejected: User unknown");
    }
}
