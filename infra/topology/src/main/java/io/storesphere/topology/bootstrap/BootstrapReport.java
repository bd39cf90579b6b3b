package io.storesphere.topology.bootstrap;

import java.util.List;

/** What a bootstrap run did to each resource. */
public record BootstrapReport(List<Change> changes) {

	public BootstrapReport {
		changes = List.copyOf(changes);
	}

	/** Resources created or updated; empty when the topology was already in place. */
	public List<Change> modifications() {
		return this.changes.stream().filter((change) -> change.action() != Action.UNCHANGED).toList();
	}

	public String summary() {
		long created = this.changes.stream().filter((change) -> change.action() == Action.CREATED).count();
		long updated = this.changes.stream().filter((change) -> change.action() == Action.UPDATED).count();
		return this.changes.size() + " resources: " + created + " created, " + updated + " updated, "
				+ (this.changes.size() - created - updated) + " unchanged";
	}

	/** One resource's outcome. */
	public record Change(Kind kind, String name, Action action) {

		@Override
		public String toString() {
			return this.action + " " + this.kind + " " + this.name;
		}

	}

	/** The kinds of resource a topology holds. */
	public enum Kind {

		TOPIC, QUEUE, DEAD_LETTER_QUEUE, SUBSCRIPTION, TABLE, BUCKET

	}

	/** What the bootstrap had to do. */
	public enum Action {

		CREATED, UPDATED, UNCHANGED

	}

}
