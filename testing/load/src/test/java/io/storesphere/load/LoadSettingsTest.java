package io.storesphere.load;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How a run's visitors are shared among the scenarios, and what a run refuses. */
class LoadSettingsTest {

	@Test
	void eachScenarioGetsItsShareOfTheVisitorsAndAtLeastOne() {
		LoadSettings settings = settings(2, 5);

		assertThat(settings.visitors(0.60)).isEqualTo(6);
		assertThat(settings.visitors(0.15)).isEqualTo(2);
		assertThat(settings.visitors(0.05)).isEqualTo(1);
	}

	@Test
	void aRateOrDurationOutsideItsRangeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> settings(0, 60));
		assertThatIllegalArgumentException().isThrownBy(() -> settings(Double.NaN, 60));
		assertThatIllegalArgumentException().isThrownBy(() -> settings(1001, 60));
		assertThatIllegalArgumentException().isThrownBy(() -> settings(5, 0));
	}

	@Test
	void optionsComeInNameValuePairs() {
		assertThat(LoadRun.options(new String[] { "--rate", "2", "--duration", "5" })).containsEntry("rate", "2")
			.containsEntry("duration", "5");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadRun.options(new String[] { "--rate" }));
		assertThatIllegalArgumentException().isThrownBy(() -> LoadRun.options(new String[] { "rate", "2" }));
	}

	private static LoadSettings settings(double rate, long seconds) {
		return new LoadSettings("http://localhost:8080", "http://127.0.0.1:8005", Path.of(".storesphere"), rate,
				Duration.ofSeconds(seconds), "127.0.0.2");
	}

}
