package io.storesphere.topology.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.storesphere.topology.Environment;
import io.storesphere.topology.TableSpec;
import io.storesphere.topology.TableSpec.IndexSpec;
import io.storesphere.topology.TableSpec.KeyAttribute;
import io.storesphere.topology.Topology;
import io.storesphere.topology.bootstrap.BootstrapReport.Action;
import io.storesphere.topology.bootstrap.BootstrapReport.Change;
import io.storesphere.topology.bootstrap.BootstrapReport.Kind;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * The topology's DynamoDB tables: created on demand with their keys and GSIs when
 * missing, their TTL switched on where it is off. An existing table's keys and indexes
 * are left as they are.
 */
final class Tables {

	private final DynamoDbClient dynamoDb;

	Tables(DynamoDbClient dynamoDb) {
		this.dynamoDb = dynamoDb;
	}

	List<Change> ensure(Topology topology, Environment environment) {
		List<Change> changes = new ArrayList<>();
		for (TableSpec table : topology.tables()) {
			changes.add(ensureTable(table, environment.tableName(table)));
		}
		return changes;
	}

	private Change ensureTable(TableSpec table, String name) {
		Action action;
		try {
			this.dynamoDb.describeTable((request) -> request.tableName(name));
			action = Action.UNCHANGED;
		}
		catch (ResourceNotFoundException missing) {
			this.dynamoDb.createTable(createTableRequest(table, name));
			this.dynamoDb.waiter().waitUntilTableExists((request) -> request.tableName(name));
			action = Action.CREATED;
		}
		if (table.ttlAttributeIfAny().isPresent() && !ttlEnabled(name)) {
			this.dynamoDb.updateTimeToLive((request) -> request.tableName(name)
				.timeToLiveSpecification((ttl) -> ttl.attributeName(table.ttlAttribute()).enabled(true)));
			action = (action == Action.CREATED) ? Action.CREATED : Action.UPDATED;
		}
		return new Change(Kind.TABLE, name, action);
	}

	private boolean ttlEnabled(String tableName) {
		TimeToLiveStatus status = this.dynamoDb.describeTimeToLive((request) -> request.tableName(tableName))
			.timeToLiveDescription()
			.timeToLiveStatus();
		return status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING;
	}

	private static CreateTableRequest createTableRequest(TableSpec table, String name) {
		Map<String, AttributeDefinition> definitions = new HashMap<>();
		define(definitions, table.partitionKey());
		table.sortKeyIfAny().ifPresent((key) -> define(definitions, key));
		List<GlobalSecondaryIndex> indexes = new ArrayList<>();
		for (IndexSpec index : table.indexes()) {
			define(definitions, index.partitionKey());
			index.sortKeyIfAny().ifPresent((key) -> define(definitions, key));
			indexes.add(GlobalSecondaryIndex.builder()
				.indexName(index.name())
				.keySchema(keySchema(index.partitionKey(), index.sortKey()))
				.projection((projection) -> projection.projectionType(ProjectionType.ALL))
				.build());
		}
		CreateTableRequest.Builder request = CreateTableRequest.builder()
			.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(definitions.values())
			.keySchema(keySchema(table.partitionKey(), table.sortKey()));
		if (!indexes.isEmpty()) {
			request.globalSecondaryIndexes(indexes);
		}
		return request.build();
	}

	private static void define(Map<String, AttributeDefinition> definitions, KeyAttribute key) {
		definitions.put(key.name(),
				AttributeDefinition.builder()
					.attributeName(key.name())
					.attributeType(ScalarAttributeType.fromValue(key.type().name()))
					.build());
	}

	private static List<KeySchemaElement> keySchema(KeyAttribute partitionKey, KeyAttribute sortKey) {
		List<KeySchemaElement> schema = new ArrayList<>();
		schema.add(KeySchemaElement.builder().attributeName(partitionKey.name()).keyType(KeyType.HASH).build());
		if (sortKey != null) {
			schema.add(KeySchemaElement.builder().attributeName(sortKey.name()).keyType(KeyType.RANGE).build());
		}
		return schema;
	}

}
