package io.storesphere.catalog.stock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What catalog has recorded about each order: its outcome, the outcome events still to
 * publish and, for an order applied in parts, how far it got. One record per order makes
 * every delivery of it after the first change nothing. One adapter: the DynamoDB inbox.
 */
public interface OrderProgress {

	/** What was recorded for this order, if anything. */
	Optional<Recorded> recorded(String orderId);

	/**
	 * Records a change that moves no stock (a change that does goes through
	 * {@link StockLevels}, in the same write).
	 * @throws AlreadyRecordedException if a {@link Decided} or {@link LargeOrderStarted}
	 * order was recorded meanwhile
	 * @throws ProgressMovedException if another delivery moved a large order on meanwhile
	 */
	void record(Change change);

	/** Notes that the order's events have all been published. */
	void published(String orderId);

	/** Orders recorded before {@code cutoff} whose events are not all published yet. */
	List<Recorded> unpublishedBefore(Instant cutoff, int limit);

	/** A change to one order's record; each holds only if nobody changed it first. */
	sealed interface Change
			permits Decided, LargeOrderStarted, PartApplied, UndoStarted, PartGivenBack, LargeOrderFinished {

		String orderId();

	}

	/**
	 * An order decided in one go, committed or rejected, with the events it owes; only if
	 * the order is not recorded yet.
	 */
	record Decided(String orderId, String sourceEventId, boolean committed, List<String> events,
			Instant at) implements Change {

	}

	/**
	 * An order too large for one transaction starts, with no part applied; only if the
	 * order is not recorded yet.
	 */
	record LargeOrderStarted(String orderId, String sourceEventId, Instant at) implements Change {

	}

	/**
	 * Part {@code part} applied, its alerts held until the whole order stands; only if
	 * exactly {@code part} parts were applied.
	 */
	record PartApplied(String orderId, int part, List<String> alerts) implements Change {

	}

	/**
	 * A short part turns the order towards rejection; only while it is still applying
	 * with {@code partsApplied} parts.
	 */
	record UndoStarted(String orderId, int partsApplied, String rejection) implements Change {

	}

	/** Part {@code part}, the last one applied, given back; only while undoing. */
	record PartGivenBack(String orderId, int part) implements Change {

	}

	/**
	 * A large order ends, committed or rejected, with the events it owes; only while it
	 * is applying or undoing.
	 */
	record LargeOrderFinished(String orderId, boolean committed, List<String> events) implements Change {

	}

	/** Where an order stands. */
	enum State {

		/** A large order being applied part by part. */
		APPLYING,
		/** A large order whose applied parts are being given back. */
		UNDOING,
		/** Deducted. */
		COMMITTED,
		/** Nothing deducted. */
		REJECTED;

		public boolean finished() {
			return this == COMMITTED || this == REJECTED;
		}

	}

	/**
	 * An order as recorded.
	 *
	 * @param orderId the order
	 * @param state where it stands
	 * @param unpublished encoded events not yet known to be published, in order
	 * @param recordedAt when the order was first recorded
	 * @param partsApplied for a large order, how many parts are deducted
	 * @param alerts for a large order, the stock-low events its applied parts call for
	 * @param rejection for a large order being undone, its stock-rejected event
	 */
	record Recorded(String orderId, State state, List<String> unpublished, Instant recordedAt, int partsApplied,
			List<String> alerts, String rejection) {

		public static Recorded finished(String orderId, boolean committed, List<String> events, Instant at) {
			return new Recorded(orderId, committed ? State.COMMITTED : State.REJECTED, events, at, 0, List.of(), null);
		}

	}

	/** Another delivery of the same order got there first. */
	class AlreadyRecordedException extends RuntimeException {

		public AlreadyRecordedException(String orderId) {
			super("Order " + orderId + " was already applied");
		}

	}

	/** Another delivery of the same large order moved it on; read it again. */
	class ProgressMovedException extends RuntimeException {

		public ProgressMovedException(String orderId) {
			super("Order " + orderId + " moved on meanwhile");
		}

	}

}
