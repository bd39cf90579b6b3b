package io.storesphere.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-up's rules and its event, with the ports in memory. */
class AccountServiceTest {

	private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	private final InMemoryAccounts accounts = new InMemoryAccounts();

	private final OneTransactionAtATime transactions = new OneTransactionAtATime();

	private final List<AccountRegistered> raisedInTransaction = new ArrayList<>();

	private final AccountService service = new AccountService(this.accounts, new PlainHashes(),
			new LoginGuard(new InMemoryThrottles(),
					new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
					Clock.fixed(NOW, ZoneOffset.UTC)),
			(event) -> {
				assertThat(this.transactions.open).as("raised inside the sign-up's transaction").isTrue();
				this.raisedInTransaction.add(event);
			}, this.transactions, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aSignUpRaisesOneRegistrationOfTheNewAccount() {
		Account account = this.service.signUp(" Ada Lovelace ", " Ada@Example.COM ", "correct horse battery");

		assertThat(this.raisedInTransaction).singleElement().satisfies((event) -> {
			assertThat(event.eventId()).isNotNull();
			assertThat(event.accountId()).isEqualTo(account.id());
			assertThat(event.fullName()).isEqualTo("Ada Lovelace");
			assertThat(event.email()).isEqualTo("ada@example.com");
			assertThat(event.registeredAt()).isEqualTo(NOW).isEqualTo(account.createdAt());
		});
		assertThat(this.accounts.byEmail("ada@example.com")).contains(account);
	}

	@Test
	void aTakenAddressRaisesNothing() {
		this.service.signUp("First", "ada@example.com", "correct horse battery");

		assertThatThrownBy(() -> this.service.signUp("Second", "ADA@example.com", "correct horse battery"))
			.isInstanceOf(AccountExceptions.EmailAlreadyRegistered.class);
		assertThat(this.raisedInTransaction).hasSize(1);
	}

	@Test
	void aPasswordEqualToTheAddressIsRefusedBeforeAnythingIsWritten() {
		assertThatThrownBy(() -> this.service.signUp("Ada", "ada@example.com", " ADA@example.com "))
			.isInstanceOf(AccountExceptions.InvalidField.class)
			.hasMessageContaining("e-mail");
		assertThat(this.accounts.byEmail("ada@example.com")).isEmpty();
		assertThat(this.raisedInTransaction).isEmpty();
	}

	private static final class OneTransactionAtATime implements Transactions {

		private boolean open;

		@Override
		public <T> T inTransaction(Supplier<T> work) {
			this.open = true;
			try {
				return work.get();
			}
			finally {
				this.open = false;
			}
		}

	}

	private static final class InMemoryAccounts implements Accounts {

		private final Map<String, Account> byId = new HashMap<>();

		@Override
		public Optional<Account> byId(String id) {
			return Optional.ofNullable(this.byId.get(id));
		}

		@Override
		public Optional<Account> byEmail(String email) {
			return this.byId.values().stream().filter((account) -> account.email().equals(email)).findFirst();
		}

		@Override
		public boolean isRegistered(String email) {
			return byEmail(email).isPresent();
		}

		@Override
		public void add(Account account) {
			this.byId.put(account.id(), account);
		}

		@Override
		public void update(Account account) {
			this.byId.put(account.id(), account);
		}

	}

	private static final class InMemoryThrottles implements LoginThrottles {

		private final Map<String, LockoutPolicy.State> states = new HashMap<>();

		@Override
		public Optional<LockoutPolicy.State> find(String email) {
			return Optional.ofNullable(this.states.get(email));
		}

		@Override
		public LockoutPolicy.State change(String email, LockoutPolicy.State initial,
				UnaryOperator<LockoutPolicy.State> change) {
			LockoutPolicy.State next = change.apply(this.states.getOrDefault(email, initial));
			this.states.put(email, next);
			return next;
		}

		@Override
		public void clear(String email) {
			this.states.remove(email);
		}

	}

	private static final class PlainHashes implements PasswordHashes {

		@Override
		public String hash(String password) {
			return "{plain}" + password;
		}

		@Override
		public boolean matches(String password, String hash) {
			return hash.equals(hash(password));
		}

	}

}
