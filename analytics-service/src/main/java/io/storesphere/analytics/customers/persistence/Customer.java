package io.storesphere.analytics.customers.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer as identity announced them (read side; written by the projection's SQL). */
@Entity
@Table(name = "customers")
class Customer {

	@Id
	@Column(name = "user_id")
	private String userId;

	@Column(name = "full_name")
	private String fullName;

	private String email;

	@Column(name = "registered_at")
	private Instant registeredAt;

	protected Customer() {
		// for JPA
	}

}
