package jp.todoku.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar chart drawn as SVG by the template: this record holds the geometry (in SVG user units) so
 * the template only places rectangles and texts. No script, no library, readable without CSS; the
 * template adds a title and a table with the same numbers for screen readers.
 */
record BarChart(String id, int width, int height, List<Bar> bars, long total) {

    static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 200;
    private static final int ROW = 22;
    private static final int COLUMN_AREA = 180;

    /** One bar, with where to draw it and where to write its label and value. */
    record Bar(String label, long count, int x, int y, int barWidth, int barHeight, int labelX, int labelY,
               int valueX, int valueY) {
    }

    BarChart {
        bars = List.copyOf(bars);
    }

    /** Horizontal bars, one row per key, in the map's order (biggest first from the service). */
    static BarChart horizontal(String id, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        int barArea = WIDTH - LABEL_WIDTH - 50;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            int y = row * ROW + 4;
            int length = max == 0 ? 0 : (int) Math.max(1, Math.round(barArea * (double) entry.getValue() / max));
            bars.add(new Bar(entry.getKey(), entry.getValue(), LABEL_WIDTH, y, length, ROW - 6, LABEL_WIDTH - 6,
                    y + ROW - 9, LABEL_WIDTH + length + 4, y + ROW - 9));
            row++;
        }
        return new BarChart(id, WIDTH, Math.max(ROW, row * ROW + 8), bars, sum(counts));
    }

    /** Vertical columns, one per key (days, oldest first), labels under every seventh column. */
    static BarChart columns(String id, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int slot = counts.isEmpty() ? WIDTH : Math.max(2, WIDTH / counts.size());
        int index = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            int length = max == 0 || entry.getValue() == 0 ? 0
                    : (int) Math.max(1, Math.round(COLUMN_AREA * (double) entry.getValue() / max));
            int x = index * slot;
            bars.add(new Bar(entry.getKey(), entry.getValue(), x + 1, 16 + COLUMN_AREA - length, Math.max(1, slot - 2),
                    length, x, 16 + COLUMN_AREA + 14, x + slot / 2, 12 + COLUMN_AREA - length));
            index++;
        }
        return new BarChart(id, Math.max(WIDTH, index * slot), COLUMN_AREA + 36, bars, sum(counts));
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
