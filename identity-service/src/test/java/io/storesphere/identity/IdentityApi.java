package io.storesphere.identity;

import java.util.UUID;

import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** identity's HTTP API as a test drives it. */
final class IdentityApi {

	static final String ADMIN_EMAIL = "admin@storesphere.test";

	static final String ADMIN_PASSWORD = "Test-Sh0pkeeper-Key";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	IdentityApi(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	static String uniqueEmail() {
		return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	Response signUp(String fullName, String email, String password) {
		ObjectNode body = JSON.createObjectNode()
			.put("fullName", fullName)
			.put("email", email)
			.put("password", password);
		return HttpProbe.postJson(this.baseUrl + "/api/auth/signup", body.toString());
	}

	Response login(String email, String password) {
		ObjectNode body = JSON.createObjectNode().put("email", email).put("password", password);
		return HttpProbe.postJson(this.baseUrl + "/api/auth/login", body.toString());
	}

	/** Signs up a new customer and returns its access token. */
	String newCustomerToken() {
		String email = uniqueEmail();
		assertThat(signUp("Test Customer", email, "correct horse battery").status()).isEqualTo(201);
		return tokenOf(login(email, "correct horse battery"));
	}

	String adminToken() {
		return tokenOf(login(ADMIN_EMAIL, ADMIN_PASSWORD));
	}

	static JsonNode json(Response response) {
		return JSON.readTree(response.body());
	}

	private static String tokenOf(Response login) {
		assertThat(login.status()).as(login.body()).isEqualTo(200);
		return json(login).get("accessToken").asString();
	}

}
