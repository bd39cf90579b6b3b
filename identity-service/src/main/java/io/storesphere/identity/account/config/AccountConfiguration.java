package io.storesphere.identity.account.config;

import java.time.Clock;

import io.storesphere.identity.account.AccountEvents;
import io.storesphere.identity.account.AccountService;
import io.storesphere.identity.account.Accounts;
import io.storesphere.identity.account.AdminAccounts;
import io.storesphere.identity.account.LoginGuard;
import io.storesphere.identity.account.LoginThrottles;
import io.storesphere.identity.account.PasswordHashes;
import io.storesphere.identity.account.Transactions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The account domain's services and the adapters of its ports. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	@Bean
	AccountService accountService(Accounts accounts, PasswordHashes passwords, LoginGuard guard, AccountEvents events,
			Transactions transactions, Clock clock) {
		return new AccountService(accounts, passwords, guard, events, transactions, clock);
	}

	@Bean
	AdminAccounts adminAccounts(Accounts accounts, PasswordHashes passwords, Transactions transactions, Clock clock) {
		return new AdminAccounts(accounts, passwords, transactions, clock);
	}

	@Bean
	LoginGuard loginGuard(LoginThrottles throttles, LockoutProperties lockout, Clock clock) {
		return new LoginGuard(throttles, lockout.policy(), clock);
	}

	/**
	 * Account events as application events. Spring Modulith's registry records each in
	 * the transaction that raises it, and the outbox's relay publishes it after the
	 * commit.
	 */
	@Bean
	AccountEvents accountEvents(ApplicationEventPublisher applicationEvents) {
		return applicationEvents::publishEvent;
	}

	@Bean
	PasswordHashes passwordHashes(PasswordEncoder encoder) {
		return new EncoderPasswordHashes(encoder);
	}

	/** The hashes of the delegating encoder, recognisable by their {id} prefix. */
	record EncoderPasswordHashes(PasswordEncoder encoder) implements PasswordHashes {

		@Override
		public String hash(String password) {
			return this.encoder.encode(password);
		}

		@Override
		public boolean matches(String password, String hash) {
			return this.encoder.matches(password, hash);
		}

	}

}
