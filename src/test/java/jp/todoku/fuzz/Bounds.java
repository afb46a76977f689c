package jp.todoku.fuzz;

import java.util.function.Supplier;

/**
 * What every fuzz harness checks besides "no crash": one input takes bounded time and gives bounded
 * output, and the three line-end conventions give the same answer.
 *
 * <p>The target is 100 ms for an input of up to 1 MB; the harnesses fail only above {@link #LIMIT_MILLIS}
 * (twenty times that), since fuzzing instruments every branch and shares two cores with other work: the
 * bound catches hangs and quadratic blow-ups, not a slow machine. The first calls of a JVM load classes
 * and tables and are not timed ({@link #WARM_UP} calls per harness class).
 *
 * <p>The time is the calling thread's CPU time, not the wall clock: a fuzzing run at low priority on a
 * busy machine waits for a core, and a 741-byte header block once "took" 2,079 ms of wall time that
 * was 9 ms when replayed. A loop or a blow-up spends CPU, so it is still caught; a thread that blocks
 * instead is caught by libFuzzer's own {@code -timeout}.
 */
public final class Bounds {

    /** Generous per-input bound for inputs of up to 1 MB. */
    public static final long LIMIT_MILLIS = 2_000;
    /** Inputs above this are not given to the engine by a harness (the engines' own caps are larger). */
    public static final int MAX_INPUT = 1024 * 1024;
    static final int WARM_UP = 3;

    private int calls;

    public <T> T timed(String what, int inputSize, Supplier<T> work) {
        long start = cpuNanos();
        T result = work.get();
        long millis = (cpuNanos() - start) / 1_000_000;
        if (++calls > WARM_UP && millis > LIMIT_MILLIS) {
            throw new AssertionError(what + " took " + millis + " ms for " + inputSize + " chars (bound "
                    + LIMIT_MILLIS + " ms)");
        }
        return result;
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    public void timedRun(String what, int inputSize, Runnable work) {
        timed(what, inputSize, () -> {
            work.run();
            return null;
        });
    }

    /** Fails when {@code size} exceeds {@code factor * inputSize + slack}. */
    public static void outputBounded(String what, long size, int inputSize, int factor, int slack) {
        if (size > (long) factor * inputSize + slack) {
            throw new AssertionError(what + " is " + size + " chars for an input of " + inputSize);
        }
    }

    /** The text with every CRLF and lone CR turned into LF. */
    public static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static String crlf(String lfText) {
        return lfText.replace("\n", "\r\n");
    }

    public static String cr(String lfText) {
        return lfText.replace('\n', '\r');
    }

    public static byte[] lf(byte[] bytes) {
        return bytes(lf(latin1(bytes)));
    }

    public static String latin1(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public static byte[] bytes(String latin1) {
        return latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private Bounds() {
        calls = 0;
    }

    public static Bounds perHarness() {
        return new Bounds();
    }

    /** Time one call once more for the message of a failure. */
    public static <T> T untimed(Supplier<T> work) {
        return work.get();
    }
}
