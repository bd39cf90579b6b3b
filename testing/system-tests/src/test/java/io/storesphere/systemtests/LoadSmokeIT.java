package io.storesphere.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.storesphere.load.LoadRun;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few seconds of {@code ./storesphere load}'s simulation against the running suite: a
 * handful of visitors of every scenario (browsing, cart +/-, a purchase followed to
 * CONFIRMED and its receipt, admin restock and dashboard), every answer checked. Keeps
 * the load generator working as the API changes; the figures come from longer runs, not
 * from here.
 */
@Order(5)
@ExtendWith(RunningSuite.class)
class LoadSmokeIT {

	@Test
	void aShortRunOfEveryScenarioHasNoFailedRequestAndWritesItsReport() throws Exception {
		Path results = Files.createTempDirectory(Path.of("target"), "load-smoke-").toAbsolutePath();
		Map<String, String> options = new LinkedHashMap<>();
		options.put("gateway", RunningSuite.GATEWAY);
		options.put("ses", RunningSuite.SES);
		options.put("state", RunningSuite.STATE.toString());
		options.put("rate", "2");
		options.put("duration", "5");
		options.put("results", results.toString());

		int status = LoadRun.run(options);

		assertThat(status).as("Gatling's status: 0 when no request failed its checks").isZero();
		try (Stream<Path> runs = Files.list(results)) {
			Path report = runs.map((run) -> run.resolve("index.html"))
				.filter(Files::isRegularFile)
				.findFirst()
				.orElseThrow();
			String html = Files.readString(report);
			assertThat(html).contains("StoreSimulation", "<svg");
			for (String request : new String[] { "sign up", "cart +/-", "pay", "order confirmed", "receipt e-mailed",
					"restock", "lifetime values", "search" }) {
				assertThat(html).as("the report lists " + request).contains(request);
			}
		}
	}

}
