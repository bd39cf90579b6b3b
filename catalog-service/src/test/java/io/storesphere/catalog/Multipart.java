package io.storesphere.catalog;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body as a browser's form sends it. */
final class Multipart {

	private final String boundary = "----storesphere" + UUID.randomUUID();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	Multipart fields(Map<String, String> fields) {
		fields.forEach((name, value) -> write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		return this;
	}

	Multipart file(String name, String fileName, String contentType, byte[] bytes) {
		write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		this.body.writeBytes(bytes);
		write("\r\n");
		return this;
	}

	HttpRequest.Builder into(HttpRequest.Builder request, String method) {
		write("--" + this.boundary + "--\r\n");
		return request.header("Content-Type", "multipart/form-data; boundary=" + this.boundary)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(this.body.toByteArray()));
	}

	private void write(String text) {
		this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
