package io.storesphere.identity.account.persistence;

import java.time.Instant;

import io.storesphere.identity.account.Account;
import io.storesphere.identity.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An {@link Account} as a row of {@code accounts}. */
@Entity
@Table(name = "accounts")
class AccountEntity {

	@Id
	private String id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected AccountEntity() {
		// for JPA
	}

	AccountEntity(Account account) {
		this.id = account.id();
		this.email = account.email();
		this.createdAt = account.createdAt();
		update(account);
	}

	/** Takes what may change: name, password hash, role and the update time. */
	void update(Account account) {
		this.fullName = account.fullName();
		this.passwordHash = account.passwordHash();
		this.role = account.role();
		this.updatedAt = account.updatedAt();
	}

	Account toAccount() {
		return new Account(this.id, this.email, this.fullName, this.passwordHash, this.role, this.createdAt,
				this.updatedAt);
	}

}
