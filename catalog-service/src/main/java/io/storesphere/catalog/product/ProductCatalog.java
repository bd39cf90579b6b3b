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

import org.springframework.stereotype.Service;

/**
 * The catalogue's use cases: browsing, and the admin's changes. An image is checked
 * before anything is written, so a refused upload changes nothing.
 */
@Service
public class ProductCatalog {

	private static final int IMAGE_RACE_ATTEMPTS = 5;

	private final ProductStore products;

	private final ImageStore images;

	private final ImageProcessor imageProcessor;

	private final ThresholdBands bands;

	private final Clock clock;

	ProductCatalog(ProductStore products, ImageStore images, ImageProcessor imageProcessor, ThresholdBands bands,
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

	/** Adds a product under a given id unless it exists; the existing one wins. */
	public Product createIfAbsent(String id, NewProduct draft, byte[] image) {
		return this.products.find(id).orElseGet(() -> create(id, draft, image));
	}

	private Product create(String id, NewProduct draft, byte[] image) {
		StoredImage stored = (image != null) ? this.imageProcessor.process(image) : null;
		Instant now = this.clock.instant();
		boolean manual = draft.threshold() != null;
		int threshold = manual ? draft.threshold() : this.bands.thresholdFor(draft.price());
		Product product = new Product(id, draft.name(), draft.description(), draft.price(), draft.stock(), threshold,
				manual, (stored != null) ? stored.tag() : null, 1, now, now);
		// The image first: a failure in between leaves an unreferenced image, never a
		// product pointing at a missing one.
		if (stored != null) {
			this.images.put(product.id(), stored);
		}
		this.products.create(product);
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

	/** Replaces the image; retried when the product changes meanwhile (e.g. a sale). */
	public Product replaceImage(String id, byte[] image) {
		StoredImage stored = this.imageProcessor.process(image);
		get(id);
		this.images.put(id, stored);
		for (int attempt = 1;; attempt++) {
			Product current = get(id);
			Product updated = current.withImage(stored.tag(), this.clock.instant());
			try {
				this.products.replace(updated, current.version());
				return updated;
			}
			catch (StaleProductException ex) {
				if (attempt == IMAGE_RACE_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	public void delete(String id) {
		if (!this.products.delete(id)) {
			throw new NoSuchProductException(id);
		}
		this.images.delete(id);
	}

	public Optional<StoredImage> image(String id) {
		return this.images.find(id);
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
