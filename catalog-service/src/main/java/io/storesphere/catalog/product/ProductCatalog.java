package io.storesphere.catalog.product;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.storesphere.catalog.image.ImageProcessor;
import io.storesphere.catalog.image.ImageStore;
import io.storesphere.catalog.image.StoredImage;
import io.storesphere.catalog.product.Product.ProductEdit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's use cases: browsing, and the admin's changes. An image is checked
 * before anything is written, so a refused upload changes nothing. Image bytes are stored
 * before a product points at them and deleted after it stops pointing at them, so a
 * product never points at an image not yet stored and no image outlives its product.
 */
public class ProductCatalog {

	private static final Logger log = LoggerFactory.getLogger(ProductCatalog.class);

	private static final int IMAGE_RACE_ATTEMPTS = 5;

	private final ProductStore products;

	private final ImageStore images;

	private final ImageProcessor imageProcessor;

	private final ThresholdBands bands;

	private final Clock clock;

	public ProductCatalog(ProductStore products, ImageStore images, ImageProcessor imageProcessor, ThresholdBands bands,
			Clock clock) {
		this.products = products;
		this.images = images;
		this.imageProcessor = imageProcessor;
		this.bands = bands;
		this.clock = clock;
	}

	public Product get(String id) {
		return this.products.find(id).orElseThrow(() -> new NoSuchProductException(id));
	}

	public ProductStore.ProductPage list(String search, int size, String cursor) {
		return this.products.list(search, size, cursor);
	}

	public List<Product> getAll(Collection<String> ids) {
		return this.products.findAll(ids);
	}

	/** Adds a product, with its image if one is given. */
	public Product create(NewProduct draft, byte[] image) {
		return create(UUID.randomUUID().toString(), draft, image);
	}

	/**
	 * Adds a product under a given id unless it exists; the existing one wins. If it
	 * still shows this very image, the image is stored again (same key, same bytes), so a
	 * seeded product whose picture is missing from the store gets it back.
	 */
	public Product createIfAbsent(String id, NewProduct draft, byte[] image) {
		Optional<Product> existing = this.products.find(id);
		if (existing.isEmpty()) {
			return create(id, draft, image);
		}
		if (image != null && existing.get().hasImage()) {
			StoredImage stored = this.imageProcessor.process(image);
			if (stored.tag().equals(existing.get().imageTag())) {
				this.images.put(id, stored);
			}
		}
		return existing.get();
	}

	private Product create(String id, NewProduct draft, byte[] image) {
		StoredImage stored = (image != null) ? this.imageProcessor.process(image) : null;
		Instant now = this.clock.instant();
		boolean manual = draft.threshold() != null;
		int threshold = manual ? draft.threshold() : this.bands.thresholdFor(draft.price());
		Product product = new Product(id, draft.name(), draft.description(), draft.price(), draft.stock(), threshold,
				manual, (stored != null) ? stored.tag() : null, 1, now, now);
		if (stored != null) {
			this.images.put(product.id(), stored);
		}
		try {
			this.products.create(product);
		}
		catch (RuntimeException ex) {
			if (stored != null) {
				discardUnlessReferenced(id, stored.tag(), ex);
			}
			throw ex;
		}
		return product;
	}

	public Product edit(String id, ProductEdit edit, long expectedVersion) {
		Product current = get(id);
		Product edited = current.edited(edit, this.bands, this.clock.instant());
		this.products.replace(edited, expectedVersion);
		return edited;
	}

	public Product restock(String id, int quantity) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("Restock by a positive quantity");
		}
		return this.products.addStock(id, quantity);
	}

	public Product setStock(String id, int stock, long expectedVersion) {
		Product updated = get(id).withStock(stock, this.clock.instant());
		this.products.replace(updated, expectedVersion);
		return updated;
	}

	/**
	 * Replaces the image; retried when the product changes meanwhile (e.g. a sale). The
	 * image it replaced is deleted once the product points at the new one.
	 */
	public Product replaceImage(String id, byte[] image) {
		StoredImage stored = this.imageProcessor.process(image);
		get(id);
		this.images.put(id, stored);
		Product current;
		Product updated;
		try {
			for (int attempt = 1;; attempt++) {
				current = get(id);
				updated = current.withImage(stored.tag(), this.clock.instant());
				try {
					this.products.replace(updated, current.version());
					break;
				}
				catch (StaleProductException ex) {
					if (attempt == IMAGE_RACE_ATTEMPTS) {
						throw ex;
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// Gone or contended: the new image is nobody's.
			discardUnlessReferenced(id, stored.tag(), ex);
			throw ex;
		}
		// The same bytes again keep their key, which the product still uses.
		if (current.hasImage() && !current.imageTag().equals(stored.tag())) {
			deleteReplaced(id, current.imageTag());
		}
		return updated;
	}

	public void delete(String id) {
		Product deleted = this.products.delete(id).orElseThrow(() -> new NoSuchProductException(id));
		if (deleted.hasImage()) {
			deleteReplaced(id, deleted.imageTag());
		}
	}

	/** The tag of the product's image; empty without the product or an image. */
	public Optional<String> imageTag(String id) {
		return this.products.find(id).map(Product::imageTag);
	}

	/**
	 * The product's image with this tag or, if it was replaced (and deleted) since the
	 * tag was read, its current image.
	 */
	public Optional<StoredImage> image(String id, String tag) {
		return this.images.find(id, tag)
			.or(() -> imageTag(id).filter((current) -> !current.equals(tag))
				.flatMap((current) -> this.images.find(id, current)));
	}

	/**
	 * Deletes an image no product points at any more. The product's change has been made
	 * and stands, so a failure here leaves the object behind (logged) rather than failing
	 * the request.
	 */
	private void deleteReplaced(String id, String tag) {
		try {
			this.images.delete(id, tag);
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete image {} of product {}; it is no longer used: {}", tag, id, ex.toString());
		}
	}

	/** After a failed write: deletes the new image unless a product uses it after all. */
	private void discardUnlessReferenced(String id, String tag, RuntimeException cause) {
		try {
			if (imageTag(id).filter(tag::equals).isEmpty()) {
				this.images.delete(id, tag);
			}
		}
		catch (RuntimeException cleanup) {
			cause.addSuppressed(cleanup);
		}
	}

	/**
	 * A product as the admin enters it.
	 *
	 * @param name its name
	 * @param description its description, possibly empty
	 * @param price its price
	 * @param stock units on hand
	 * @param threshold a threshold chosen by hand, or {@code null} to compute it from the
	 * price
	 */
	public record NewProduct(String name, String description, BigDecimal price, int stock, Integer threshold) {

	}

}
