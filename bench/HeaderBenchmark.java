import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import jp.todoku.headers.HeaderAnalysis;
import jp.todoku.headers.HeaderAnalyzer;

/**
 * A plain harness for the header engine (issue 13): a 200-hop, 1 MB header block and hostile shapes of
 * the same size, each analysed after warm-up; p50, max and bytes allocated per analysis. Run from the
 * work tree after compiling (see bench/README.md):
 *
 *   java -cp /tmp/build-headers/classes bench/HeaderBenchmark.java [rounds]
 */
public class HeaderBenchmark {

    private static final int MEGABYTE = 1024 * 1024;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        HeaderAnalyzer analyzer = HeaderAnalyzer.standard();
        Map<String, Supplier<String>> inputs = new LinkedHashMap<>();
        inputs.put("200 hops, 1 MB", HeaderBenchmark::twoHundredHops);
        inputs.put("1 MB one line", () -> "Received: from " + "a".repeat(MEGABYTE) + "\n");
        inputs.put("1 MB of '(' in Received", () -> "Received: from x " + "(".repeat(MEGABYTE) + "; Thu, 3 Dec 2026 10:00:00 +0900\n");
        inputs.put("1 MB of encoded words", () -> "Received: by x; Thu, 3 Dec 2026 10:00:00 +0900\nSubject: "
                + "=?UTF-8?B?".repeat(MEGABYTE / 10) + "\n");
        inputs.put("5,000 Authentication-Results", () -> ("Authentication-Results: mx.example.jp; spf=pass smtp.mailfrom=a@b.example;"
                + " dkim=pass header.d=b.example; dmarc=pass header.from=b.example\n").repeat(5000)
                + "Received: from a.example by mx.example.jp; Thu, 3 Dec 2026 10:00:00 +0900\n");
        inputs.put("1 MB of folded continuation", () -> "Received: from a.example\n" + " by b.example\n".repeat(MEGABYTE / 13) + "\n");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, Supplier<String>> input : inputs.entrySet()) {
            String text = input.getValue().get();
            for (int i = 0; i < 5; i++) {
                analyzer.analyze(text);
            }
            long[] nanos = new long[rounds];
            long allocated = 0;
            HeaderAnalysis last = null;
            for (int i = 0; i < rounds; i++) {
                long bytesBefore = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                last = analyzer.analyze(text);
                nanos[i] = System.nanoTime() - start;
                allocated += threads.getCurrentThreadAllocatedBytes() - bytesBefore;
            }
            Arrays.sort(nanos);
            System.out.printf("%-30s %8.1f KB in  p50 %7.2f ms  max %7.2f ms  %7.1f MB allocated  hops %d  limits %s%n",
                    input.getKey(), text.getBytes(StandardCharsets.UTF_8).length / 1024.0, nanos[rounds / 2] / 1e6,
                    nanos[rounds - 1] / 1e6, allocated / (double) rounds / MEGABYTE, last.route().hops().size(),
                    last.limitsMet());
        }
    }

    /** 200 realistic Received fields (folded, IPv4 and IPv6, one a minute), DKIM, ARC, then filler to 1 MB. */
    static String twoHundredHops() {
        StringBuilder text = new StringBuilder(MEGABYTE + 4096);
        for (int hop = 200; hop >= 1; hop--) {
            int minute = hop % 60;
            int hour = 10 + hop / 60;
            text.append("Received: from relay").append(hop - 1).append(".example").append(hop % 7).append(".co.jp (relay")
                    .append(hop - 1).append(".example").append(hop % 7).append(".co.jp ")
                    .append(hop % 2 == 0 ? "[192.0.2." + (hop % 250) + "]" : "[IPv6:2001:db8::" + Integer.toHexString(hop) + "]")
                    .append(")\r\n\tby relay").append(hop).append(".example").append((hop + 1) % 7)
                    .append(".co.jp (Postfix) with ESMTPS id ID").append(hop).append("\r\n\tfor <user@example.jp>; Thu, 3 Dec 2026 ")
                    .append(String.format("%02d:%02d:00 +0900 (JST)\r\n", hour, minute));
            if (hop % 20 == 0) {
                text.append("Authentication-Results: relay").append(hop).append(".example").append((hop + 1) % 7)
                        .append(".co.jp; spf=pass smtp.mailfrom=a@example.jp; dkim=pass header.d=example.jp\r\n");
                text.append("ARC-Seal: i=").append(hop / 20).append("; a=rsa-sha256; cv=pass; d=example.jp; s=arc; b=")
                        .append("x".repeat(300)).append("\r\n");
            }
        }
        text.append("DKIM-Signature: v=1; a=rsa-sha256; d=example.jp; s=s1; h=from:to:subject:date; b=")
                .append("y".repeat(400)).append("\r\n");
        text.append("From: =?ISO-2022-JP?B?GyRCOjRGIxsoQg==?= <sato@example.jp>\r\nDate: Thu, 3 Dec 2026 10:00:00 +0900\r\n");
        int filler = 0;
        while (text.length() < MEGABYTE) {
            text.append("X-Filler-").append(filler++).append(": ").append("z".repeat(200)).append("\r\n");
        }
        return text.append("\r\nbody\r\n").toString();
    }
}
