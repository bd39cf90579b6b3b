package io.storesphere.catalog.image;

/**
 * An image ready to be served.
 *
 * @param bytes the encoded image
 * @param mediaType its Content-Type
 * @param width pixels across
 * @param height pixels down
 * @param tag its entity tag: a digest of the bytes
 */
public record StoredImage(byte[] bytes, String mediaType, int width, int height, String tag) {

}
