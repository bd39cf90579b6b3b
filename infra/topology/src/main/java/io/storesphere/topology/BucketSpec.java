package io.storesphere.topology;

/**
 * An S3 bucket owned by one service: private, its objects read and written only by that
 * service.
 *
 * @param owner the only service that reads or writes it
 * @param baseName the name without environment prefix, e.g.
 * {@code catalog-product-images}
 */
public record BucketSpec(String owner, String baseName) {

}
