package io.storesphere.load.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One chart of the load report as inline SVG, drawn from numbers alone: lines or dots
 * over time, or bars. No script and nothing fetched, so the report is one self-contained
 * set of files that opens anywhere.
 */
final class SvgChart {

	private static final int WIDTH = 900;

	private static final int HEIGHT = 220;

	private static final int LEFT = 56;

	private static final int BOTTOM = 28;

	private static final String[] COLOURS = { "#4572a7", "#aa4643", "#89a54e", "#80699b", "#3d96ae", "#db843d",
			"#92a8cd", "#a47d7c" };

	private final String title;

	private final String xAxis;

	private final String yAxis;

	private final List<Series> series = new ArrayList<>();

	SvgChart(String title, String xAxis, String yAxis) {
		this.title = title;
		this.xAxis = xAxis;
		this.yAxis = yAxis;
	}

	/** A named series of (x, y) points, drawn as a line, as dots or as bars. */
	SvgChart add(String name, Style style, List<double[]> points) {
		this.series.add(new Series(name, style, points, COLOURS[this.series.size() % COLOURS.length]));
		return this;
	}

	String html() {
		StringBuilder svg = new StringBuilder();
		svg.append("<div class=\"schema geant\" style=\"height:auto;padding:8px\"><h3 style=\"margin:4px 0\">")
			.append(escape(this.title))
			.append("</h3>");
		List<double[]> all = this.series.stream().flatMap((s) -> s.points().stream()).toList();
		if (all.isEmpty()) {
			return svg.append("<p>No data in this run.</p></div>").toString();
		}
		double minX = all.stream().mapToDouble((p) -> p[0]).min().orElse(0);
		double maxX = all.stream().mapToDouble((p) -> p[0]).max().orElse(1);
		double maxY = Math.max(1, all.stream().mapToDouble((p) -> p[1]).max().orElse(1));
		double spanX = Math.max(1, maxX - minX);
		double plotWidth = WIDTH - LEFT - 10;
		double plotHeight = HEIGHT - BOTTOM - 10;
		svg.append(
				format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\">",
						WIDTH, HEIGHT + 20));
		for (int tick = 0; tick <= 4; tick++) {
			double y = 10 + plotHeight * (1 - tick / 4.0);
			svg.append(format("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>", LEFT, WIDTH - 10,
					y, y));
			svg.append(format("<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>", LEFT - 4,
					y + 4, number(maxY * tick / 4)));
		}
		svg.append(format("<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", LEFT, HEIGHT - 6,
				escape(this.xAxis + ": " + number(minX) + " to " + number(maxX))));
		svg.append(format("<text x=\"4\" y=\"10\" font-size=\"11\">%s</text>", escape(this.yAxis)));
		int legend = LEFT;
		for (Series one : this.series) {
			svg.append(one.draw(minX, spanX, maxY, plotWidth, plotHeight, this.series.size()));
			svg.append(format("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", legend, HEIGHT + 4,
					one.colour()));
			svg.append(format("<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", legend + 14, HEIGHT + 13,
					escape(one.name())));
			legend += 24 + 7 * one.name().length();
		}
		return svg.append("</svg></div>").toString();
	}

	enum Style {

		LINE, DOTS, BARS

	}

	private record Series(String name, Style style, List<double[]> points, String colour) {

		String draw(double minX, double spanX, double maxY, double width, double height, int seriesCount) {
			StringBuilder out = new StringBuilder();
			if (this.style == Style.LINE) {
				out.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"")
					.append(this.colour)
					.append("\" points=\"");
				this.points.stream()
					.sorted((a, b) -> Double.compare(a[0], b[0]))
					.forEach((p) -> out
						.append(format("%.1f,%.1f ", x(p[0], minX, spanX, width), y(p[1], maxY, height))));
				return out.append("\"/>").toString();
			}
			double barWidth = Math.max(1, width / Math.max(1, spanX + 1) / Math.max(1, seriesCount) * 0.9);
			for (double[] p : this.points) {
				double x = x(p[0], minX, spanX, width);
				double y = y(p[1], maxY, height);
				if (this.style == Style.DOTS) {
					out.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"%s\"/>", x, y, this.colour));
				}
				else {
					out.append(format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y,
							barWidth, 10 + height - y, this.colour));
				}
			}
			return out.toString();
		}

		private static double x(double value, double minX, double spanX, double width) {
			return LEFT + (value - minX) / spanX * width;
		}

		private static double y(double value, double maxY, double height) {
			return 10 + height * (1 - value / maxY);
		}

	}

	private static String number(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e12) ? String.valueOf((long) value)
				: format("%.1f", value);
	}

	private static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
