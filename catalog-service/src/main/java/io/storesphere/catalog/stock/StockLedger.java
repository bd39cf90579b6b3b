package io.storesphere.catalog.stock;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.storesphere.catalog.stock.StockDeduction.Committed;
import io.storesphere.catalog.stock.StockDeduction.Level;

/**
 * Stock and the record of applied orders, kept together so an order's deduction and the
 * note that it was applied are one atomic write. One adapter: a DynamoDB transaction.
 */
public interface StockLedger {

	/** What was recorded for this order, if anything. */
	Optional<Recorded> recorded(String orderId);

	/** Current stock of the products that exist among {@code productIds}. */
	Map<String, Level> levels(Collection<String> productIds);

	/**
	 * Deducts every line, provided no product changed since its level was read, and
	 * records the outcome with the events still to publish, all at once.
	 * @throws ProductsChangedException if a product changed meanwhile (read again)
	 * @throws AlreadyRecordedException if this order was applied meanwhile
	 */
	void commit(String orderId, String sourceEventId, Committed decision, List<String> events, Instant now);

	/**
	 * Records a rejection with the events still to publish; changes no stock.
	 * @throws AlreadyRecordedException if this order was applied meanwhile
	 */
	void reject(String orderId, String sourceEventId, List<String> events, Instant now);

	/**
	 * Starts an order too large for one transaction: it is then applied part by part.
	 * @throws AlreadyRecordedException if this order was started or applied meanwhile
	 */
	void begin(String orderId, String sourceEventId, Instant now);

	/**
	 * Deducts part {@code part} of a large order and notes its progress, at once; the
	 * part's alerts wait until the whole order stands.
	 * @throws ProductsChangedException if a product changed meanwhile (read again)
	 * @throws ProgressMovedException if another delivery moved the order on meanwhile
	 */
	void applyPart(String orderId, int part, Committed decision, List<String> alerts, Instant now);

	/**
	 * Turns a large order towards rejection: the parts applied so far are to be undone.
	 * @throws ProgressMovedException if another delivery moved the order on meanwhile
	 */
	void startUndoing(String orderId, int partsApplied, String rejection);

	/**
	 * Gives back the units of part {@code part}, the last one still applied.
	 * @throws ProgressMovedException if another delivery moved the order on meanwhile
	 */
	void undoPart(String orderId, int part, Map<String, Integer> quantities, Instant now);

	/**
	 * Ends a large order: committed or rejected, with the events still to publish.
	 * @throws ProgressMovedException if another delivery ended it meanwhile
	 */
	void finish(String orderId, boolean committed, List<String> events, Instant now);

	/** Notes that the order's events have all been published. */
	void published(String orderId);

	/** Orders recorded before {@code cutoff} whose events are not all published yet. */
	List<Recorded> unpublishedBefore(Instant cutoff, int limit);

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

	/** A product changed between reading its level and writing it. */
	class ProductsChangedException extends RuntimeException {

		public ProductsChangedException(String message) {
			super(message);
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
