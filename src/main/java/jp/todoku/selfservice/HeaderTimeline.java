package jp.todoku.selfservice;

import java.util.ArrayList;
import java.util.List;
import jp.todoku.headers.Hop;
import jp.todoku.headers.Route;

/**
 * The route as a server-drawn SVG timeline: one row a hop, each bar starting where the step before
 * ended and as long as the step took, on one shared scale; the slowest step is marked. Hops without a
 * trusted delay get a marker instead of a bar. Geometry only; the template draws it (no script, no CDN).
 *
 * @param width  the view box width
 * @param height the view box height
 * @param bars   one a hop, in route order
 */
public record HeaderTimeline(int width, int height, List<Bar> bars) {

    static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 250;
    private static final int VALUE_ROOM = 110;
    private static final int ROW = 30;
    private static final int TOP = 10;

    /**
     * One hop's bar.
     *
     * @param number   the hop's number
     * @param label    the receiving server, shortened
     * @param x        where the bar starts
     * @param y        the row's top
     * @param barWidth how long it is (at least 2 so a quick step stays visible)
     * @param state    the hop state's code, for the bar's class
     * @param slowest  whether this is the slowest hop
     * @param span     the step's duration in words
     */
    public record Bar(int number, String label, int x, int y, int barWidth, String state, boolean slowest,
                      HeaderSpan span) {

        public int labelY() {
            return y + 18;
        }

        public int valueX() {
            return x + barWidth + 6;
        }

        public String valueClass() {
            return slowest ? "timeline__value timeline__value--slowest" : "timeline__value";
        }

        public String cssClass() {
            return "timeline__bar timeline__bar--" + state + (slowest ? " timeline__bar--slowest" : "");
        }
    }

    static HeaderTimeline of(Route route) {
        long span = 0;
        for (Hop hop : route.hops()) {
            span += hop.state().trusted() ? hop.delaySeconds() : 0;
        }
        double plot = WIDTH - LABEL_WIDTH - VALUE_ROOM;
        double scale = span <= 0 ? 0 : plot / span;
        List<Bar> bars = new ArrayList<>(route.hops().size());
        long elapsed = 0;
        for (Hop hop : route.hops()) {
            boolean trusted = hop.state().trusted();
            long seconds = trusted ? hop.delaySeconds() : 0;
            int x = LABEL_WIDTH + (int) Math.round(elapsed * scale);
            int width = Math.max(2, (int) Math.round(seconds * scale));
            bars.add(new Bar(hop.number(), label(hop), x, TOP + (hop.number() - 1) * ROW, width, hop.state().code(),
                    hop.number() == route.slowestNumber(), trusted || hop.delay() != null ? HeaderSpan.of(hop.delay())
                    : HeaderSpan.NONE));
            elapsed += seconds;
        }
        return new HeaderTimeline(WIDTH, TOP * 2 + Math.max(1, bars.size()) * ROW, List.copyOf(bars));
    }

    private static String label(Hop hop) {
        String by = hop.by() == null ? "?" : hop.by();
        String text = hop.number() + ". " + by;
        return text.length() > 34 ? text.substring(0, 33) + "…" : text;
    }
}
