package io.storesphere.checkout.saga;

import java.util.List;
import java.util.Map;

import io.storesphere.checkout.order.OrderStatus;
import io.storesphere.checkout.saga.SagaRules.Step;
import io.storesphere.events.StockShortage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SagaRulesTest {

	@ParameterizedTest(name = "stock {0} for a {1} order: {2}")
	@CsvSource(textBlock = """
			# the first answer decides
			committed, PLACED,    CONFIRM
			rejected,  PLACED,    CANCEL
			# a redelivery changes nothing
			committed, CONFIRMED, NOTHING
			rejected,  CANCELLED, NOTHING
			# nor does a contradicting answer arriving late
			rejected,  CONFIRMED, NOTHING
			committed, CANCELLED, NOTHING
			""")
	void theFirstAnswerDecidesAndAnyLaterOneChangesNothing(String answer, OrderStatus status, Step step) {
		SagaRules.Decision decision = switch (answer) {
			case "committed" -> SagaRules.onStockCommitted(status);
			case "rejected" -> SagaRules.onStockRejected(status);
			default -> throw new IllegalArgumentException(answer);
		};

		assertThat(decision.step()).isEqualTo(step);
	}

	@Test
	void theReasonNamesTheProductsThatRanShort() {
		assertThat(SagaRules.cancellationReason(List.of(new StockShortage("p1", 3, 1)), Map.of("p1", "Copper Kettle")))
			.isEqualTo("Not enough stock for Copper Kettle (ordered 3, 1 available). "
					+ "Your payment has been refunded in full.");
	}

}
