package io.storesphere.events;

import java.time.Instant;

import static io.storesphere.events.Fields.required;
import static io.storesphere.events.Fields.requiredText;

/** {@code identity.user-registered.v1}: a customer created an account. */
public record UserRegistered(String userId, String fullName, String email,
		Instant registeredAt) implements IntegrationEvent {

	public UserRegistered {
		requiredText(userId, "userId");
		requiredText(fullName, "fullName");
		requiredText(email, "email");
		required(registeredAt, "registeredAt");
	}

}
