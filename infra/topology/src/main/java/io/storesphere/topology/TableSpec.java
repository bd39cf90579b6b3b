package io.storesphere.topology;

import java.util.List;
import java.util.Optional;

/**
 * A DynamoDB table owned by one service: on-demand capacity, its key, its global
 * secondary indexes (all attributes projected) and an optional TTL attribute (epoch
 * seconds).
 *
 * @param owner the only service that reads or writes it
 * @param baseName the name without environment prefix, e.g. {@code catalog-products}
 * @param partitionKey the hash key
 * @param sortKey the range key, or {@code null}
 * @param indexes global secondary indexes
 * @param ttlAttribute the attribute DynamoDB expires items by, or {@code null}
 */
public record TableSpec(String owner, String baseName, KeyAttribute partitionKey, KeyAttribute sortKey,
		List<IndexSpec> indexes, String ttlAttribute) {

	public TableSpec {
		indexes = List.copyOf(indexes);
	}

	public Optional<KeyAttribute> sortKeyIfAny() {
		return Optional.ofNullable(this.sortKey);
	}

	public Optional<String> ttlAttributeIfAny() {
		return Optional.ofNullable(this.ttlAttribute);
	}

	/** A key attribute and its DynamoDB scalar type. */
	public record KeyAttribute(String name, Type type) {

		public static KeyAttribute string(String name) {
			return new KeyAttribute(name, Type.S);
		}

		public static KeyAttribute number(String name) {
			return new KeyAttribute(name, Type.N);
		}

		/** DynamoDB's scalar key types: string and number. */
		public enum Type {

			S, N

		}

	}

	/** A global secondary index projecting all attributes. */
	public record IndexSpec(String name, KeyAttribute partitionKey, KeyAttribute sortKey) {

		public Optional<KeyAttribute> sortKeyIfAny() {
			return Optional.ofNullable(this.sortKey);
		}

	}

}
