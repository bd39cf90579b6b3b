package io.storesphere.checkout.saga;

import java.util.List;
import java.util.Map;

import io.storesphere.checkout.order.OrderStatus;
import io.storesphere.checkout.saga.SagaRules.Step;
import io.storesphere.events.StockShortage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SagaRulesTest {

	@Test
	void theFirstAnswerDecides() {
		assertThat(SagaRules.onStockCommitted(OrderStatus.PLACED).step()).isEqualTo(Step.CONFIRM);
		assertThat(SagaRules.onStockRejected(OrderStatus.PLACED).step()).isEqualTo(Step.CANCEL);
	}

	@Test
	void redeliveriesChangeNothing() {
		assertThat(SagaRules.onStockCommitted(OrderStatus.CONFIRMED).step()).isEqualTo(Step.NOTHING);
		assertThat(SagaRules.onStockRejected(OrderStatus.CANCELLED).step()).isEqualTo(Step.NOTHING);
	}

	@Test
	void aContradictingAnswerArrivingLateChangesNothing() {
		assertThat(SagaRules.onStockRejected(OrderStatus.CONFIRMED).step()).isEqualTo(Step.NOTHING);
		assertThat(SagaRules.onStockCommitted(OrderStatus.CANCELLED).step()).isEqualTo(Step.NOTHING);
	}

	@Test
	void theReasonNamesTheProductsThatRanShort() {
		assertThat(SagaRules.cancellationReason(List.of(new StockShortage("p1", 3, 1)), Map.of("p1", "Copper Kettle")))
			.isEqualTo("Not enough stock for Copper Kettle (ordered 3, 1 available). "
					+ "Your payment has been refunded in full.");
	}

}
