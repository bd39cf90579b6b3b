package io.storesphere.starter.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.awspring.cloud.sqs.listener.SqsHeaders;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.messaging.Message;

/**
 * Sends to the dead-letter queue named by the source queue's {@code RedrivePolicy}: the
 * one the topology configured for SQS's own redrive, so an operator finds every dead
 * letter in one place, whichever way it got there. Each queue's dead-letter queue is
 * looked up once.
 */
public class SqsDeadLetters implements DeadLetters {

	/** The message attribute that tells an operator why the message is here. */
	public static final String REASON_ATTRIBUTE = "DeadLetterReason";

	// SQS allows ten message attributes; a reason is kept short enough to read in a
	// console.
	private static final int MAX_ATTRIBUTES = 10;

	private static final int MAX_REASON_LENGTH = 1000;

	private final SqsAsyncClient sqs;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ConcurrentMap<String, String> deadLetterQueueUrls = new ConcurrentHashMap<>();

	public SqsDeadLetters(SqsAsyncClient sqs) {
		this.sqs = sqs;
	}

	@Override
	public void send(Message<String> message, String reason) {
		String queueUrl = message.getHeaders().get(SqsHeaders.SQS_QUEUE_URL_HEADER, String.class);
		if (queueUrl == null) {
			throw new IllegalStateException("The message carries no " + SqsHeaders.SQS_QUEUE_URL_HEADER + " header");
		}
		String deadLetterQueueUrl = this.deadLetterQueueUrls.computeIfAbsent(queueUrl, this::deadLetterQueueOf);
		Map<String, MessageAttributeValue> attributes = new HashMap<>(attributesOf(message));
		if (attributes.size() < MAX_ATTRIBUTES) {
			attributes.put(REASON_ATTRIBUTE,
					MessageAttributeValue.builder().dataType("String").stringValue(abbreviate(reason)).build());
		}
		join(() -> this.sqs
			.sendMessage((request) -> request.queueUrl(deadLetterQueueUrl)
				.messageBody(message.getPayload())
				.messageAttributes(attributes))
			.join());
	}

	private String deadLetterQueueOf(String queueUrl) {
		String redrivePolicy = join(() -> this.sqs
			.getQueueAttributes(
					(request) -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.REDRIVE_POLICY))
			.join()
			.attributes()
			.get(QueueAttributeName.REDRIVE_POLICY));
		if (redrivePolicy == null || redrivePolicy.isBlank()) {
			throw new IllegalStateException(queueUrl + " has no redrive policy, so no dead-letter queue");
		}
		JsonNode target = this.json.readTree(redrivePolicy).get("deadLetterTargetArn");
		if (target == null || !target.isString()) {
			throw new IllegalStateException(queueUrl + "'s redrive policy names no deadLetterTargetArn");
		}
		// arn:aws:sqs:<region>:<account>:<name>
		String[] arn = target.asString().split(":");
		if (arn.length != 6) {
			throw new IllegalStateException("Not a queue ARN: " + target.asString());
		}
		return join(() -> this.sqs.getQueueUrl((request) -> request.queueName(arn[5]).queueOwnerAWSAccountId(arn[4]))
			.join()
			.queueUrl());
	}

	private static Map<String, MessageAttributeValue> attributesOf(Message<String> message) {
		Object source = message.getHeaders().get(SqsHeaders.SQS_SOURCE_DATA_HEADER);
		if (source instanceof software.amazon.awssdk.services.sqs.model.Message received) {
			return received.messageAttributes();
		}
		return Map.of();
	}

	private static String abbreviate(String reason) {
		String text = (reason == null || reason.isBlank()) ? "unreadable" : reason;
		return (text.length() <= MAX_REASON_LENGTH) ? text : text.substring(0, MAX_REASON_LENGTH - 1) + "…";
	}

	/** The SDK's own exception rather than the future's wrapper. */
	private static <T> T join(java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (CompletionException wrapped) {
			if (wrapped.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw wrapped;
		}
	}

}
