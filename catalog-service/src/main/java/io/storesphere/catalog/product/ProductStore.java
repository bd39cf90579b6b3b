package io.storesphere.catalog.product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where products live. One adapter: DynamoDB. */
public interface ProductStore {

	Optional<Product> find(String id);

	/** The products that exist among {@code ids}, in no particular order. */
	List<Product> findAll(Collection<String> ids);

	/**
	 * One page of products sorted by name, optionally only those whose name contains
	 * {@code search} (ignoring case).
	 * @param search text to look for in names, or {@code null}
	 * @param size at most this many
	 * @param after the cursor of the previous page, or {@code null} for the first
	 */
	ProductPage list(String search, int size, String after);

	/** Stores a new product; its id must be unused. */
	void create(Product product);

	/**
	 * Replaces a product if it is still at {@code expectedVersion}.
	 * @throws StaleProductException if another change came first
	 * @throws NoSuchProductException if it is gone
	 */
	void replace(Product product, long expectedVersion);

	/**
	 * Adds units atomically, whatever else changes at the same time.
	 * @throws NoSuchProductException if it is gone
	 */
	Product addStock(String id, int quantity);

	/**
	 * Deletes it and returns it as it was when deleted (so its image goes too); empty if
	 * there was nothing to delete.
	 */
	Optional<Product> delete(String id);

	/** A page and the cursor of the next one ({@code null} after the last). */
	record ProductPage(List<Product> items, String nextCursor) {

	}

}
