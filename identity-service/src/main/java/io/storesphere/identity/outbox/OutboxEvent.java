package io.storesphere.identity.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event waiting to be published, or the record that it was. */
@Entity
@Table(name = "outbox_events")
class OutboxEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, unique = true)
	private String eventId;

	@Column(name = "event_type", nullable = false)
	private String eventType;

	@Column(nullable = false)
	private String topic;

	@Column(nullable = false, length = 8000)
	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "last_error", length = 500)
	private String lastError;

	protected OutboxEvent() {
		// for JPA
	}

	OutboxEvent(String eventId, String eventType, String topic, String body, Instant createdAt) {
		this.eventId = eventId;
		this.eventType = eventType;
		this.topic = topic;
		this.body = body;
		this.createdAt = createdAt;
	}

	String eventId() {
		return this.eventId;
	}

	String eventType() {
		return this.eventType;
	}

	String topic() {
		return this.topic;
	}

	String body() {
		return this.body;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

	void published(Instant at) {
		this.publishedAt = at;
		this.attempts++;
		this.lastError = null;
	}

	void failed(String error) {
		this.attempts++;
		this.lastError = (error != null && error.length() > 500) ? error.substring(0, 500) : error;
	}

}
