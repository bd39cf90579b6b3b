package io.storesphere.identity;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, sign-in, tokens and lockout as a client of the API sees them. */
@IdentityIntegrationTest
class SignupAndLoginIT {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	private int port;

	private IdentityApi api() {
		return new IdentityApi("http://localhost:" + this.port);
	}

	@Test
	void signUpReturnsTheNewUserWithANormalisedEmailAndNeverTheHash() {
		String email = IdentityApi.uniqueEmail();
		Response response = api().signUp("  Ada Lovelace ", "  " + email.toUpperCase() + " ", PASSWORD);

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode user = IdentityApi.json(response);
		assertThat(user.get("email").asString()).isEqualTo(email);
		assertThat(user.get("fullName").asString()).isEqualTo("Ada Lovelace");
		assertThat(user.get("roles").toString()).isEqualTo("[\"CUSTOMER\"]");
		assertThat(user.get("id").asString()).isNotBlank();
		assertThat(response.body()).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}");
	}

	@Test
	void aSecondSignUpWithTheSameEmailInAnyCaseIsAConflict() {
		String email = IdentityApi.uniqueEmail();
		assertThat(api().signUp("First", email, PASSWORD).status()).isEqualTo(201);

		Response again = api().signUp("Second", email.toUpperCase(), PASSWORD);

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.body()).contains("email-already-registered").contains("already exists");
	}

	@Test
	void eachInvalidFieldIsA400ProblemNamingTheField() {
		String email = IdentityApi.uniqueEmail();
		Map<String, List<String>> cases = Map.of("fullName", List.of("", "   ", "x".repeat(101)), "email",
				List.of("", "not-an-email", "a@" + "b".repeat(260) + ".com"), "password",
				List.of("short-pw1", "p".repeat(129), email));
		for (Map.Entry<String, List<String>> entry : cases.entrySet()) {
			for (String bad : entry.getValue()) {
				String fullName = entry.getKey().equals("fullName") ? bad : "Valid Name";
				String mail = entry.getKey().equals("email") ? bad : email;
				String password = entry.getKey().equals("password") ? bad : PASSWORD;
				Response response = api().signUp(fullName, mail, password);
				assertThat(response.status()).as("%s = '%s'", entry.getKey(), bad).isEqualTo(400);
				assertThat(response.contentType()).startsWith("application/problem+json");
				assertThat(IdentityApi.json(response).get("errors").toString()).as(entry.getKey())
					.contains("\"field\":\"" + entry.getKey() + "\"");
			}
		}
		// Nothing was created along the way: the address is still free.
		assertThat(api().signUp("Valid Name", email, PASSWORD).status()).isEqualTo(201);
	}

	@Test
	void aBodyThatIsNotJsonIsA400Problem() {
		Response response = HttpProbe.postJson("http://localhost:" + this.port + "/api/auth/signup", "{not json");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void loginGivesABearerTokenThatVerifiesAgainstTheJwks() throws Exception {
		String email = IdentityApi.uniqueEmail();
		String userId = IdentityApi.json(api().signUp("Grace Hopper", email, PASSWORD)).get("id").asString();

		Response login = api().login(email, PASSWORD);

		assertThat(login.status()).isEqualTo(200);
		JsonNode body = IdentityApi.json(login);
		assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(body.get("expiresIn").asLong()).isEqualTo(1800);
		assertThat(body.get("user").get("id").asString()).isEqualTo(userId);

		SignedJWT token = SignedJWT.parse(body.get("accessToken").asString());
		assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		JWKSet jwks = JWKSet.parse(HttpProbe.get("http://localhost:" + this.port + "/.well-known/jwks.json").body());
		RSAKey key = (RSAKey) jwks.getKeyByKeyId(token.getHeader().getKeyID());
		assertThat(key).as("the token's key id is published").isNotNull();
		assertThat(key.isPrivate()).isFalse();
		assertThat(token.verify(new RSASSAVerifier(key))).isTrue();

		JWTClaimsSet claims = token.getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo(userId);
		assertThat(claims.getIssuer()).isEqualTo("storesphere-identity");
		assertThat(claims.getStringClaim("name")).isEqualTo("Grace Hopper");
		assertThat(claims.getStringClaim("email")).isEqualTo(email);
		assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(1_800_000);
	}

	@Test
	void meIsTheTokensSubject() {
		String email = IdentityApi.uniqueEmail();
		api().signUp("Katherine Johnson", email, PASSWORD);
		String token = IdentityApi.json(api().login(email, PASSWORD)).get("accessToken").asString();

		Response me = HttpProbe.get("http://localhost:" + this.port + "/api/auth/me", token);

		assertThat(me.status()).isEqualTo(200);
		assertThat(IdentityApi.json(me).get("email").asString()).isEqualTo(email);
		assertThat(HttpProbe.get("http://localhost:" + this.port + "/api/auth/me").status()).isEqualTo(401);
	}

	@Test
	void anUnknownEmailAndAWrongPasswordGiveTheSameAnswer() {
		String email = IdentityApi.uniqueEmail();
		api().signUp("Someone", email, PASSWORD);

		Response wrongPassword = api().login(email, "not the password");
		Response unknownEmail = api().login(IdentityApi.uniqueEmail(), "not the password");

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		assertThat(withoutInstance(wrongPassword.body())).isEqualTo(withoutInstance(unknownEmail.body()));
	}

	@Test
	void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
		String email = IdentityApi.uniqueEmail();
		api().signUp("Locked Out", email, PASSWORD);
		for (int failure = 1; failure <= 4; failure++) {
			assertThat(api().login(email, "wrong password " + failure).status()).isEqualTo(401);
		}

		Response fifth = api().login(email, "wrong password 5");
		Response rightPassword = api().login(email, PASSWORD);

		assertThat(fifth.status()).isEqualTo(423);
		assertThat(rightPassword.status()).isEqualTo(423);
		assertThat(rightPassword.contentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(rightPassword.header("Retry-After"))).isBetween(850L, 900L);
		assertThat(rightPassword.body()).contains("account-locked").contains("Try again in");
		// Another account is not affected.
		String other = IdentityApi.uniqueEmail();
		api().signUp("Not Locked", other, PASSWORD);
		assertThat(api().login(other, PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aSuccessfulLoginClearsEarlierFailures() {
		String email = IdentityApi.uniqueEmail();
		api().signUp("Forgetful", email, PASSWORD);
		for (int round = 0; round < 2; round++) {
			for (int failure = 0; failure < 4; failure++) {
				api().login(email, "wrong password");
			}
			assertThat(api().login(email, PASSWORD).status()).isEqualTo(200);
		}
	}

	@Test
	void theTokenPayloadIsReadableBase64Json() {
		String email = IdentityApi.uniqueEmail();
		api().signUp("Reader", email, PASSWORD);
		String token = IdentityApi.json(api().login(email, PASSWORD)).get("accessToken").asString();
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
		assertThat(payload).contains("\"email\":\"" + email + "\"").doesNotContain("password");
	}

	private static String withoutInstance(String problem) {
		return problem.replaceAll("\"instance\":\"[^\"]*\",?", "");
	}

}
