package io.storesphere.analytics.sales.persistence;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The boundaries behave as {@code @Transactional} and {@code readOnly = true} did. */
class ManagedTransactionsTest {

	private final PlatformTransactionManager manager = mock(PlatformTransactionManager.class);

	private final TransactionStatus status = new SimpleTransactionStatus();

	private final ManagedTransactions transactions = new ManagedTransactions(this.manager);

	@Test
	void workThatReturnsIsCommittedInOneReadWriteTransaction() {
		given(this.manager.getTransaction(any())).willReturn(this.status);

		assertThat(this.transactions.inTransaction(() -> "applied")).isEqualTo("applied");

		TransactionDefinition definition = definition();
		assertThat(definition.isReadOnly()).isFalse();
		assertThat(definition.getPropagationBehavior()).isEqualTo(TransactionDefinition.PROPAGATION_REQUIRED);
		verify(this.manager).commit(this.status);
	}

	@Test
	void workThatThrowsIsRolledBackAndItsExceptionComesOutUnchangedForTheListenerToRetry() {
		given(this.manager.getTransaction(any())).willReturn(this.status);
		CannotAcquireLockException conflict = new CannotAcquireLockException("deadlock");

		assertThatExceptionOfType(CannotAcquireLockException.class)
			.isThrownBy(() -> this.transactions.inTransaction(() -> {
				throw conflict;
			}))
			.isSameAs(conflict);

		verify(this.manager).rollback(this.status);
		verify(this.manager, never()).commit(any());
	}

	@Test
	void readsRunInAReadOnlyTransaction() {
		given(this.manager.getTransaction(any())).willReturn(this.status);

		assertThat(this.transactions.inReadOnlyTransaction(() -> 42)).isEqualTo(42);

		assertThat(definition().isReadOnly()).isTrue();
		verify(this.manager).commit(this.status);
	}

	private TransactionDefinition definition() {
		ArgumentCaptor<TransactionDefinition> definition = ArgumentCaptor.forClass(TransactionDefinition.class);
		verify(this.manager).getTransaction(definition.capture());
		return definition.getValue();
	}

}
