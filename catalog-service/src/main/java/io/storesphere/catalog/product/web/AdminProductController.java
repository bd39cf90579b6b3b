package io.storesphere.catalog.product.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.product.Product;
import io.storesphere.catalog.product.Product.ProductEdit;
import io.storesphere.catalog.product.ProductCatalog;
import io.storesphere.catalog.product.ProductCatalog.NewProduct;
import io.storesphere.catalog.product.web.AdminProductRequests.EditProductRequest;
import io.storesphere.catalog.product.web.AdminProductRequests.ImageRequest;
import io.storesphere.catalog.product.web.AdminProductRequests.NewProductRequest;
import io.storesphere.catalog.product.web.AdminProductRequests.RestockRequest;
import io.storesphere.catalog.product.web.AdminProductRequests.SetStockRequest;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Inventory management; ADMIN only (see the security configuration). Each method's
 * documented answers are the ones it gives: the generic problems come from the starter's
 * {@code ApiDocumentRules}, the refusals of its own are declared here.
 */
@RestController
@RequestMapping("/api/admin/products")
class AdminProductController {

	private static final String IMAGE_TOO_LARGE = "The image is larger than the upload limit: image-too-large";

	private static final String UNSUPPORTED_IMAGE = "The body is neither JSON nor a form (unsupported-media-type),"
			+ " or the image is not PNG, JPEG, GIF or WebP (unsupported-image)";

	private static final String STALE_VERSION = "The product changed since the version sent: stale-version, with"
			+ " currentVersion";

	private static final String NEW_IMAGE = "The product with its new image";

	private final ProductCatalog catalog;

	private final int maxUploadBytes;

	AdminProductController(ProductCatalog catalog, CatalogProperties properties) {
		this.catalog = catalog;
		// The image processor's own limit, applied before a data URL is decoded.
		this.maxUploadBytes = (int) properties.images().maxUpload().toBytes();
	}

	/** A new product from JSON, the image (optional) as a base64 data URL. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "413", description = IMAGE_TOO_LARGE)
	@ApiResponse(responseCode = "415", description = UNSUPPORTED_IMAGE)
	ResponseEntity<ProductView> create(@Valid @RequestBody NewProductRequest request) {
		byte[] image = (request.imageDataUrl() != null) ? DataUrl.decode(request.imageDataUrl(), this.maxUploadBytes)
				: null;
		return created(request, image);
	}

	/** A new product from a form, the image (optional) as the file part {@code image}. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "413", description = IMAGE_TOO_LARGE)
	@ApiResponse(responseCode = "415", description = UNSUPPORTED_IMAGE)
	ResponseEntity<ProductView> createFromForm(@Valid @ModelAttribute NewProductRequest request,
			@RequestPart(name = "image", required = false) MultipartFile image) {
		return created(request, (image != null && !image.isEmpty()) ? bytes(image) : null);
	}

	@PatchMapping("/{id}")
	@ApiResponse(responseCode = "200", description = "The product as edited")
	@ApiResponse(responseCode = "409", description = STALE_VERSION)
	ProductView edit(@PathVariable String id, @Valid @RequestBody EditProductRequest request) {
		ProductEdit edit = new ProductEdit(strip(request.name()), request.description(), request.price(),
				request.threshold(), Boolean.TRUE.equals(request.thresholdFromPrice()));
		return ProductView.of(this.catalog.edit(id, edit, request.version()));
	}

	/** Adds units, atomically: safe while orders are deducting. */
	@PostMapping("/{id}/restock")
	ProductView restock(@PathVariable String id, @Valid @RequestBody RestockRequest request) {
		return ProductView.of(this.catalog.restock(id, request.quantity()));
	}

	/**
	 * Sets the count after a stock-take; refused if the product changed since it was
	 * read.
	 */
	@PutMapping("/{id}/stock")
	@ApiResponse(responseCode = "200", description = "The product with its new stock")
	@ApiResponse(responseCode = "409", description = STALE_VERSION)
	ProductView setStock(@PathVariable String id, @Valid @RequestBody SetStockRequest request) {
		return ProductView.of(this.catalog.setStock(id, request.stock(), request.version()));
	}

	@PutMapping(path = "/{id}/image", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "200", description = NEW_IMAGE)
	@ApiResponse(responseCode = "413", description = IMAGE_TOO_LARGE)
	@ApiResponse(responseCode = "415", description = UNSUPPORTED_IMAGE)
	ProductView replaceImage(@PathVariable String id, @Valid @RequestBody ImageRequest request) {
		return ProductView.of(this.catalog.replaceImage(id, DataUrl.decode(request.image(), this.maxUploadBytes)));
	}

	@PutMapping(path = "/{id}/image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ApiResponse(responseCode = "200", description = NEW_IMAGE)
	@ApiResponse(responseCode = "413", description = IMAGE_TOO_LARGE)
	@ApiResponse(responseCode = "415", description = UNSUPPORTED_IMAGE)
	ProductView replaceImageFromForm(@PathVariable String id, @RequestPart("image") MultipartFile image) {
		return ProductView.of(this.catalog.replaceImage(id, bytes(image)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> delete(@PathVariable String id) {
		this.catalog.delete(id);
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<ProductView> created(NewProductRequest request, byte[] image) {
		String description = (request.description() != null) ? request.description().strip() : "";
		Product product = this.catalog.create(new NewProduct(request.name().strip(), description, request.price(),
				request.stock(), request.threshold()), image);
		return ResponseEntity.created(URI.create("/api/products/" + product.id())).body(ProductView.of(product));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

}
