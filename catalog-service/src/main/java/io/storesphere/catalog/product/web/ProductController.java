package io.storesphere.catalog.product.web;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.storesphere.catalog.image.StoredImage;
import io.storesphere.catalog.product.NoSuchImageException;
import io.storesphere.catalog.product.Product;
import io.storesphere.catalog.product.ProductCatalog;
import io.storesphere.catalog.product.ProductStore.ProductPage;
import io.storesphere.catalog.product.StockStatus;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Browsing, for everyone; and the batch read cart and checkout use. */
@RestController
@RequestMapping("/api/products")
class ProductController {

	private static final CacheControl IMAGE_CACHING = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final ProductCatalog catalog;

	ProductController(ProductCatalog catalog) {
		this.catalog = catalog;
	}

	/** A page of products by name; {@code q} narrows to names containing it. */
	@GetMapping
	PageView list(@RequestParam(required = false) @Size(max = 120) String q,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(required = false) @Size(max = 1000) String cursor) {
		ProductPage page = this.catalog.list(q, size, cursor);
		return new PageView(page.items().stream().map(ProductView::of).toList(), page.nextCursor());
	}

	@GetMapping("/{id}")
	ProductView get(@PathVariable String id) {
		return ProductView.of(this.catalog.get(id));
	}

	/**
	 * The image, served from S3 through this service (see the README for why not a
	 * redirect). The tag is on the product, so a revalidation is answered without reading
	 * S3.
	 */
	@GetMapping("/{id}/image")
	@ApiResponse(responseCode = "200", description = "The image, in the format it is stored in",
			content = { @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/gif", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "304", description = "Not modified: If-None-Match names the image's tag")
	ResponseEntity<byte[]> image(@PathVariable String id,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
		String tag = this.catalog.imageTag(id).orElseThrow(() -> new NoSuchImageException(id));
		if (ifNoneMatch != null && matches(ifNoneMatch, etag(tag))) {
			return ResponseEntity.status(304).eTag(etag(tag)).cacheControl(IMAGE_CACHING).build();
		}
		StoredImage image = this.catalog.image(id, tag).orElseThrow(() -> new NoSuchImageException(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.mediaType()))
			.eTag(etag(image.tag()))
			.cacheControl(IMAGE_CACHING)
			.body(image.bytes());
	}

	/**
	 * Current name, price and stock of up to 100 products in one call; ids that do not
	 * exist are listed as missing.
	 */
	@PostMapping("/batch")
	BatchView batch(@Valid @RequestBody BatchRequest request) {
		List<Product> found = this.catalog.getAll(request.ids());
		Set<String> foundIds = new HashSet<>();
		found.forEach((product) -> foundIds.add(product.id()));
		List<BatchItem> products = found.stream()
			.map((product) -> new BatchItem(product.id(), product.name(), ProductView.money(product), product.stock(),
					product.stockStatus(), ProductView.imageUrl(product)))
			.toList();
		List<String> missing = request.ids().stream().distinct().filter((id) -> !foundIds.contains(id)).toList();
		return new BatchView(products, missing);
	}

	private static String etag(String tag) {
		return "\"" + tag + "\"";
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

	record PageView(List<ProductView> items, String nextCursor) {

	}

	record BatchRequest(@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 64) String> ids) {

	}

	record BatchItem(String id, String name, String price, int stock, StockStatus stockStatus, String imageUrl) {

	}

	record BatchView(List<BatchItem> products, List<String> missing) {

	}

}
