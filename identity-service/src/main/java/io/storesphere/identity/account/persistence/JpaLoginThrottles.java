package io.storesphere.identity.account.persistence;

import java.util.Optional;
import java.util.function.UnaryOperator;

import io.storesphere.identity.account.LockoutPolicy;
import io.storesphere.identity.account.LoginThrottles;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Failed sign-ins in the {@code login_throttle} table, one row per e-mail address. */
@Repository
class JpaLoginThrottles implements LoginThrottles {

	private final LoginThrottleRepository rows;

	private final TransactionTemplate transactions;

	JpaLoginThrottles(LoginThrottleRepository rows, TransactionTemplate transactions) {
		this.rows = rows;
		this.transactions = transactions;
	}

	@Override
	public Optional<LockoutPolicy.State> find(String email) {
		return this.rows.findById(email).map(LoginThrottleEntity::state);
	}

	@Override
	public LockoutPolicy.State change(String email, LockoutPolicy.State initial,
			UnaryOperator<LockoutPolicy.State> change) {
		try {
			return changeOnce(email, initial, change);
		}
		catch (DataIntegrityViolationException firstFailureRace) {
			// Two first failures for one address raced to insert its row; the row exists
			// now.
			return changeOnce(email, initial, change);
		}
	}

	@Override
	public void clear(String email) {
		this.transactions.executeWithoutResult((status) -> this.rows.deleteById(email));
	}

	private LockoutPolicy.State changeOnce(String email, LockoutPolicy.State initial,
			UnaryOperator<LockoutPolicy.State> change) {
		return this.transactions.execute((status) -> {
			LoginThrottleEntity row = this.rows.findForUpdate(email)
				.orElseGet(() -> this.rows.saveAndFlush(new LoginThrottleEntity(email, initial)));
			LockoutPolicy.State next = change.apply(row.state());
			row.apply(next);
			return next;
		});
	}

}
