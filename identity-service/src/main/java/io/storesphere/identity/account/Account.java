package io.storesphere.identity.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A user account. The password is only ever held as a hash from the delegating encoder.
 */
@Entity
@Table(name = "accounts")
public class Account {

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

	protected Account() {
		// for JPA
	}

	Account(String email, String fullName, String passwordHash, Role role, Instant now) {
		this.id = UUID.randomUUID().toString();
		this.email = email;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public String id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String fullName() {
		return this.fullName;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public Role role() {
		return this.role;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/**
	 * Used by the admin bootstrap, which keeps the configured admin account in step with
	 * its secret.
	 */
	void update(String fullName, String passwordHash, Role role, Instant now) {
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.updatedAt = now;
	}

}
