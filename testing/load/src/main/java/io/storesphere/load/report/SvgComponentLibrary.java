package io.storesphere.load.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.gatling.charts.component.Component;
import io.gatling.charts.component.ComponentLibrary;
import io.gatling.charts.report.GroupContainer;
import io.gatling.charts.stats.CountsVsTimePlot;
import io.gatling.charts.stats.IntVsTimePlot;
import io.gatling.charts.stats.PercentVsTimePlot;
import io.gatling.charts.stats.Percentiles;
import io.gatling.charts.stats.PercentilesVsTimePlot;
import io.gatling.charts.stats.Ranges;
import io.gatling.charts.stats.UserSeries;
import io.storesphere.load.report.SvgChart.Style;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Draws the charts of Gatling's HTML report. Gatling's own chart module bundles
 * Highcharts under a licence that forbids modifying or re-using it, so this project, open
 * source only, leaves it out and supplies the charts itself (found by Gatling through
 * {@code META-INF/services}); Gatling's statistics tables, in its Apache-2.0 report
 * module, are unchanged.
 */
public final class SvgComponentLibrary implements ComponentLibrary {

	@Override
	public Component getUserStartRateComponent(String containerId, long runStart, UserSeries all,
			Seq<UserSeries> scenarios) {
		return users("Users started per second", all, scenarios);
	}

	@Override
	public Component getMaxConcurrentUsersComponent(String containerId, long runStart, UserSeries all,
			Seq<UserSeries> scenarios) {
		return users("Concurrent users", all, scenarios);
	}

	@Override
	public Component getRangesComponent(String containerId, String chartTitle, String eventName, Ranges ranges,
			boolean large) {
		StringBuilder html = new StringBuilder("<div class=\"schema geant\" style=\"height:auto;padding:8px\"><h3>")
			.append(SvgChart.escape(chartTitle))
			.append("</h3><table class=\"statistics-in extensible-geant\"><tbody>");
		row(html, "t < " + ranges.lowerBound() + " ms", ranges.lowCount(), ranges.lowPercentage());
		row(html, ranges.lowerBound() + " ms ≤ t < " + ranges.higherBound() + " ms", ranges.middleCount(),
				ranges.middlePercentage());
		row(html, "t ≥ " + ranges.higherBound() + " ms", ranges.highCount(), ranges.highPercentage());
		row(html, "failed", ranges.koCount(), ranges.koPercentage());
		return component(html.append("</tbody></table></div>").toString());
	}

	@Override
	public Component getRequestCountPolarComponent(GroupContainer rootContainer) {
		// The statistics table beside it already counts every request by name.
		return component("");
	}

	@Override
	public Component getDistributionComponent(String containerId, String title, String yAxisName,
			Seq<PercentVsTimePlot> successes, Seq<PercentVsTimePlot> failures) {
		return component(new SvgChart(title + " distribution", "response time (ms)", "% of " + yAxisName)
			.add("OK", Style.BARS, points(successes, PercentVsTimePlot::time, PercentVsTimePlot::value))
			.add("KO", Style.BARS, points(failures, PercentVsTimePlot::time, PercentVsTimePlot::value))
			.html());
	}

	@Override
	public Component getPercentilesOverTimeComponent(String containerId, String title, String yAxisName, long runStart,
			Seq<PercentilesVsTimePlot> data) {
		List<PercentilesVsTimePlot> plots = CollectionConverters.asJava(data)
			.stream()
			.filter((plot) -> plot.percentiles().isDefined())
			.toList();
		SvgChart chart = new SvgChart(title + " percentiles over time", "seconds", yAxisName);
		chart.add("p50", Style.LINE, percentile(plots, Percentiles::percentile50));
		chart.add("p95", Style.LINE, percentile(plots, Percentiles::percentile95));
		chart.add("p99", Style.LINE, percentile(plots, Percentiles::percentile99));
		chart.add("max", Style.LINE, percentile(plots, Percentiles::percentile100));
		return component(chart.html());
	}

	@Override
	public Component getRequestsComponent(String containerId, long runStart, Seq<CountsVsTimePlot> counts) {
		return counts("Requests per second", counts);
	}

	@Override
	public Component getResponsesComponent(String containerId, long runStart, Seq<CountsVsTimePlot> counts) {
		return counts("Responses per second", counts);
	}

	@Override
	public Component getResponseTimeScatterComponent(String containerId, Seq<IntVsTimePlot> successes,
			Seq<IntVsTimePlot> failures) {
		return component(
				new SvgChart("Response time against global throughput", "requests per second", "response time (ms)")
					.add("OK", Style.DOTS, points(successes, IntVsTimePlot::time, IntVsTimePlot::value))
					.add("KO", Style.DOTS, points(failures, IntVsTimePlot::time, IntVsTimePlot::value))
					.html());
	}

	private static Component users(String title, UserSeries all, Seq<UserSeries> scenarios) {
		SvgChart chart = new SvgChart(title, "seconds", "users");
		chart.add(all.name(), Style.LINE, points(all.data(), SvgComponentLibrary::seconds, IntVsTimePlot::value));
		for (UserSeries scenario : CollectionConverters.asJava(scenarios)) {
			chart.add(scenario.name(), Style.LINE,
					points(scenario.data(), SvgComponentLibrary::seconds, IntVsTimePlot::value));
		}
		return component(chart.html());
	}

	private static Component counts(String title, Seq<CountsVsTimePlot> counts) {
		return component(new SvgChart(title, "seconds", "per second")
			.add("all", Style.LINE, points(counts, (c) -> c.time() / 1000.0, (c) -> c.oks() + c.kos()))
			.add("OK", Style.LINE, points(counts, (c) -> c.time() / 1000.0, CountsVsTimePlot::oks))
			.add("KO", Style.LINE, points(counts, (c) -> c.time() / 1000.0, CountsVsTimePlot::kos))
			.html());
	}

	/** Gatling's time series are in milliseconds since the run started. */
	private static double seconds(IntVsTimePlot plot) {
		return plot.time() / 1000.0;
	}

	private static <T> List<double[]> points(Seq<T> data, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
		List<double[]> points = new ArrayList<>();
		for (T item : CollectionConverters.asJava(data)) {
			points.add(new double[] { x.applyAsDouble(item), y.applyAsDouble(item) });
		}
		return points;
	}

	private static List<double[]> percentile(List<PercentilesVsTimePlot> plots, ToDoubleFunction<Percentiles> which) {
		return plots.stream()
			.map((plot) -> new double[] { plot.time() / 1000.0, which.applyAsDouble(plot.percentiles().get()) })
			.toList();
	}

	private static void row(StringBuilder html, String range, int count, double percentage) {
		html.append(String.format(java.util.Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%.1f %%</td></tr>",
				SvgChart.escape(range), count, percentage));
	}

	private static Component component(String html) {
		return new Component() {

			@Override
			public String html() {
				return html;
			}

			@Override
			public String js() {
				return "";
			}

			@Override
			public Seq<String> jsFiles() {
				return CollectionConverters.asScala(List.<String>of()).toList();
			}

		};
	}

}
