package io.storesphere.catalog.stock.persistence;

import java.util.List;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * An order in {@code catalog-inbox}: its outcome and, until they are published, its
 * outcome events; for an order applied in parts, its progress. {@code pendingPublication}
 * is present only while events are unpublished, which keeps the relay's index small.
 */
@DynamoDbBean
public class InboxItem {

	static final String PENDING_INDEX = "inbox-pending-publication";

	static final String PENDING = "PENDING";

	private String eventId;

	private String orderId;

	private String sourceEventId;

	private String outcome;

	private List<String> pendingEvents;

	private String pendingPublication;

	private String recordedAt;

	private Long expiresAt;

	private Integer partsApplied;

	private List<String> pendingAlerts;

	private String rejection;

	/**
	 * Keyed by order rather than event id: an order republished under a new id counts
	 * once.
	 */
	static String keyOf(String orderId) {
		return "order-placed#" + orderId;
	}

	@DynamoDbPartitionKey
	public String getEventId() {
		return this.eventId;
	}

	public void setEventId(String eventId) {
		this.eventId = eventId;
	}

	public String getOrderId() {
		return this.orderId;
	}

	public void setOrderId(String orderId) {
		this.orderId = orderId;
	}

	public String getSourceEventId() {
		return this.sourceEventId;
	}

	public void setSourceEventId(String sourceEventId) {
		this.sourceEventId = sourceEventId;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public List<String> getPendingEvents() {
		return this.pendingEvents;
	}

	public void setPendingEvents(List<String> pendingEvents) {
		this.pendingEvents = pendingEvents;
	}

	@DynamoDbSecondaryPartitionKey(indexNames = PENDING_INDEX)
	public String getPendingPublication() {
		return this.pendingPublication;
	}

	public void setPendingPublication(String pendingPublication) {
		this.pendingPublication = pendingPublication;
	}

	@DynamoDbSecondarySortKey(indexNames = PENDING_INDEX)
	public String getRecordedAt() {
		return this.recordedAt;
	}

	public void setRecordedAt(String recordedAt) {
		this.recordedAt = recordedAt;
	}

	public Integer getPartsApplied() {
		return this.partsApplied;
	}

	public void setPartsApplied(Integer partsApplied) {
		this.partsApplied = partsApplied;
	}

	public List<String> getPendingAlerts() {
		return this.pendingAlerts;
	}

	public void setPendingAlerts(List<String> pendingAlerts) {
		this.pendingAlerts = pendingAlerts;
	}

	public String getRejection() {
		return this.rejection;
	}

	public void setRejection(String rejection) {
		this.rejection = rejection;
	}

	public Long getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Long expiresAt) {
		this.expiresAt = expiresAt;
	}

}
