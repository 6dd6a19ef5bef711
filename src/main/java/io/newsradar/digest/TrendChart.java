package io.newsradar.digest;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A theme's small timeline as a PNG image (Java2D, headless; PNG through {@link ImageIO}): one bar per window,
 * oldest first, the digest window last (blue, red when it is a {@link Trend#spike() spike}; earlier windows grey),
 * bars scaled to the largest count, a dashed line at the trailing average. {@value #WIDTH} x {@value #HEIGHT}
 * pixels drawn at twice that resolution for high-density screens (the HTML gives the display size).
 */
final class TrendChart {
    /** Display width in CSS pixels. */
    static final int WIDTH = 160;
    /** Display height in CSS pixels. */
    static final int HEIGHT = 40;
    private static final int SCALE = 2;
    private static final Color PAST = new Color(0x9a, 0xa0, 0xa6);
    private static final Color NOW = new Color(0x1a, 0x73, 0xe8);
    private static final Color SPIKE = new Color(0xb0, 0x00, 0x20);

    static {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private TrendChart() {
    }

    /** @return the PNG bytes of {@code t}'s chart */
    static byte[] png(Trend t) {
        List<Long> counts = counts(t);
        long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        int w = WIDTH * SCALE, h = HEIGHT * SCALE, pad = 2 * SCALE;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            double slot = (double) (w - 2 * pad) / counts.size();
            int usable = h - 2 * pad;
            for (int i = 0; i < counts.size(); i++) {
                int bar = (int) Math.max(SCALE, Math.round((double) counts.get(i) * usable / max));
                boolean last = i == counts.size() - 1;
                g.setColor(last ? (t.spike() ? SPIKE : NOW) : PAST);
                int x = (int) Math.round(pad + i * slot + slot * 0.15);
                g.fillRect(x, h - pad - bar, (int) Math.max(SCALE, Math.round(slot * 0.7)), bar);
            }
            if (!t.previous().isEmpty()) {
                int y = (int) Math.round(h - pad - t.average() * usable / max);
                g.setColor(Color.DARK_GRAY);
                g.setStroke(new BasicStroke(SCALE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{3f * SCALE, 3f * SCALE}, 0));
                g.drawLine(pad, y, w - pad, y);
            }
            g.setColor(new Color(0xdd, 0xdd, 0xdd));
            g.drawLine(0, h - pad, w, h - pad);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            if (!ImageIO.write(img, "png", out)) throw new IllegalStateException("no PNG writer in this JDK");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @return the alt text: the counts in words, e.g. {@code Articles published per window, oldest first: 1, 0, 2;
     *     this window: 6 (average 1.0, spike)}
     */
    static String alt(Trend t) {
        List<String> prev = t.previous().stream().map(String::valueOf).toList();
        return "Articles published per window, oldest first: " + (prev.isEmpty() ? "none" : String.join(", ", prev))
                + "; this window: " + t.count() + String.format(Locale.ROOT, " (average %.1f%s)", t.average(), t.spike() ? ", spike" : "");
    }

    private static List<Long> counts(Trend t) {
        List<Long> counts = new ArrayList<>(t.previous());
        counts.add(t.count());
        return counts;
    }
}
