package io.storesphere.load.report;

import java.util.List;

import io.storesphere.load.report.SvgChart.Style;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's charts: drawn from the numbers, names escaped, nothing fetched. */
class SvgChartTest {

	@Test
	void aSeriesIsDrawnAsALineWithItsLegend() {
		String html = new SvgChart("Requests per second", "seconds", "per second")
			.add("OK", Style.LINE, List.of(new double[] { 0, 10 }, new double[] { 1, 20 }))
			.html();

		assertThat(html).contains("<svg", "<polyline", "Requests per second", ">OK<").doesNotContain("<script");
	}

	@Test
	void namesFromTheRunAreEscaped() {
		String html = new SvgChart("<b>t</b>", "x", "y")
			.add("a&<script>", Style.DOTS, List.<double[]>of(new double[] { 1, 1 }))
			.html();

		assertThat(html).contains("&lt;b&gt;t&lt;/b&gt;", "a&amp;&lt;script&gt;").doesNotContain("<script>");
	}

	@Test
	void aChartWithoutDataSaysSo() {
		assertThat(new SvgChart("Users", "s", "users").add("all", Style.LINE, List.of()).html())
			.contains("No data in this run.")
			.doesNotContain("<svg");
	}

}
