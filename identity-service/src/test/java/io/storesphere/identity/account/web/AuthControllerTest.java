package io.storesphere.identity.account.web;

import java.time.Duration;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.storesphere.identity.account.Account;
import io.storesphere.identity.account.AccountExceptions;
import io.storesphere.identity.account.AccountService;
import io.storesphere.identity.account.TestAccounts;
import io.storesphere.identity.security.config.IdentityPublicPaths;
import io.storesphere.identity.token.TokenIssuer;
import io.storesphere.identity.token.TokenIssuer.IssuedToken;
import io.storesphere.testsupport.web.SliceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.storesphere.testsupport.web.ProblemMatchers.invalidField;
import static io.storesphere.testsupport.web.ProblemMatchers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * identity's web contract in milliseconds: its problem-type table, its public paths
 * (sign-up, sign-in, the JWKS) and that {@code /me} is the token's subject, through the
 * starter's resource-server chain and identity's own {@code ProblemHandling}.
 */
@WebMvcTest
@Import(IdentityPublicPaths.class)
class AuthControllerTest {

	private static final String SIGNUP = """
			{"fullName": " Ada Lovelace ", "email": " Ada@Example.COM ", "password": "correct horse battery"}""";

	private static final String LOGIN = """
			{"email": "ada@example.com", "password": "correct horse battery"}""";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AccountService accounts;

	@MockitoBean
	private TokenIssuer tokens;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	private final Account ada = TestAccounts.customer("ada@example.com", "Ada Lovelace");

	// --- public paths and the token's subject

	@Test
	void signingUpNeedsNoTokenAndAnswersTheUserWithoutTheHash() throws Exception {
		given(this.accounts.signUp("Ada Lovelace", "ada@example.com", "correct horse battery")).willReturn(this.ada);

		this.mvc.perform(json(post("/api/auth/signup"), SIGNUP))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(this.ada.id()))
			.andExpect(jsonPath("$.email").value("ada@example.com"))
			.andExpect(jsonPath("$.fullName").value("Ada Lovelace"))
			.andExpect(jsonPath("$.roles[0]").value("CUSTOMER"))
			.andExpect(jsonPath("$.createdAt").value(TestAccounts.CREATED_AT.toString()))
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andExpect(jsonPath("$.password").doesNotExist());
	}

	@Test
	void signingInNeedsNoTokenAndAnswersABearerToken() throws Exception {
		given(this.accounts.authenticate("ada@example.com", "correct horse battery")).willReturn(this.ada);
		given(this.tokens.issue(this.ada)).willReturn(new IssuedToken("signed.jwt.value", Duration.ofMinutes(30)));

		this.mvc.perform(json(post("/api/auth/login"), LOGIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accessToken").value("signed.jwt.value"))
			.andExpect(jsonPath("$.tokenType").value("Bearer"))
			.andExpect(jsonPath("$.expiresIn").value(1800))
			.andExpect(jsonPath("$.user.id").value(this.ada.id()));
	}

	@Test
	void theJwksIsPublicCacheableAndHoldsOnlyThePublicKey() throws Exception {
		this.mvc.perform(get("/.well-known/jwks.json"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=300, public"))
			.andExpect(jsonPath("$.keys[0].kty").value("RSA"))
			.andExpect(jsonPath("$.keys[0].kid").value("test-key"))
			.andExpect(jsonPath("$.keys[0].n").exists())
			.andExpect(jsonPath("$.keys[0].d").doesNotExist())
			.andExpect(jsonPath("$.keys[0].p").doesNotExist());
	}

	@Test
	void meIsTheTokensSubjectWhateverTheRequestSays() throws Exception {
		given(this.accounts.byId("user-42")).willReturn(this.ada);

		this.mvc.perform(get("/api/auth/me").param("id", "someone-else").with(customer("user-42")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(this.ada.id()))
			.andExpect(jsonPath("$.email").value("ada@example.com"));
		verify(this.accounts).byId("user-42");
	}

	// --- the chain's 401 and 403

	@Test
	void meWithoutATokenIsAnUnauthorizedProblemWithABearerChallenge() throws Exception {
		this.mvc.perform(get("/api/auth/me"))
			.andExpect(problem(401, "unauthorized"))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
			.andExpect(jsonPath("$.instance").value("/api/auth/me"));
		verifyNoInteractions(this.accounts);
	}

	@Test
	void aTokenThatFailsVerificationIsAnUnauthorizedProblem() throws Exception {
		given(this.jwtDecoder.decode("forged")).willThrow(new BadJwtException("Signed JWT rejected"));

		this.mvc.perform(get("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer forged"))
			.andExpect(problem(401, "unauthorized"))
			.andExpect(jsonPath("$.detail").value("The bearer token is invalid or has expired; sign in again."));
	}

	@Test
	void aCustomerTokenOnTheAdminApiIsAForbiddenProblem() throws Exception {
		this.mvc.perform(get("/api/admin/accounts").with(customer("user-42"))).andExpect(problem(403, "forbidden"));
	}

	@Test
	void theRolesClaimOfAVerifiedTokenDecidesAdminAccess() throws Exception {
		given(this.jwtDecoder.decode("customer-token")).willReturn(decoded("customer-token", "CUSTOMER"));
		given(this.jwtDecoder.decode("admin-token")).willReturn(decoded("admin-token", "ADMIN"));

		this.mvc.perform(get("/api/admin/accounts").header(HttpHeaders.AUTHORIZATION, "Bearer customer-token"))
			.andExpect(problem(403, "forbidden"));
		// Past the chain: identity has no admin endpoint, so the admin meets a 404
		// problem.
		this.mvc.perform(get("/api/admin/accounts").header(HttpHeaders.AUTHORIZATION, "Bearer admin-token"))
			.andExpect(problem(404, "not-found"));
	}

	// --- identity's problem types

	/** Issue 14: control characters in names and e-mail addresses are refused. */
	@Test
	void aNameOrAnEmailWithAControlCharacterIsRefusedNamingIt() throws Exception {
		this.mvc.perform(json(post("/api/auth/signup"), """
				{"fullName": "Ada\\u0000Lovelace", "email": "ada\\u0000@example.com",
				 "password": "correct horse battery"}"""))
			.andExpect(invalidField("fullName"))
			.andExpect(jsonPath("$.errors[?(@.field == 'fullName')].message")
				.value(hasItem("must not contain control characters")))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
				.value(hasItem("must not contain control characters")));
		this.mvc.perform(json(post("/api/auth/signup"),
				"""
						{"fullName": "Ada Lovelace\\u0000", "email": "ada@example.com", "password": "correct horse battery"}"""))
			.andExpect(invalidField("fullName"));
		verifyNoInteractions(this.accounts);
	}

	@Test
	void anEmailThatIsNotAJsonStringIsRefusedNamingIt() throws Exception {
		this.mvc.perform(json(post("/api/auth/signup"), """
				{"fullName": "Ada Lovelace", "email": 42, "password": "correct horse battery"}"""))
			.andExpect(problem(400, "unreadable-request"))
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		verifyNoInteractions(this.accounts);
	}

	@Test
	void invalidSignUpFieldsAreNamedInErrors() throws Exception {
		this.mvc.perform(json(post("/api/auth/signup"), """
				{"fullName": " ", "email": "not-an-address", "password": "short"}"""))
			.andExpect(invalidField("fullName"))
			.andExpect(invalidField("email"))
			.andExpect(invalidField("password"));
		verifyNoInteractions(this.accounts);
	}

	@Test
	void aRuleTheServiceEnforcesIsAnInvalidFieldToo() throws Exception {
		given(this.accounts.signUp(anyString(), anyString(), anyString()))
			.willThrow(new AccountExceptions.InvalidField("password", "must not be your e-mail address"));

		this.mvc.perform(json(post("/api/auth/signup"), SIGNUP))
			.andExpect(invalidField("password"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be your e-mail address"));
	}

	@Test
	void aRegisteredEmailIsAConflict() throws Exception {
		given(this.accounts.signUp(anyString(), anyString(), anyString()))
			.willThrow(new AccountExceptions.EmailAlreadyRegistered());

		this.mvc.perform(json(post("/api/auth/signup"), SIGNUP))
			.andExpect(problem(409, "email-already-registered"))
			.andExpect(jsonPath("$.detail").value(containsString("sign in instead")));
	}

	@Test
	void wrongCredentialsAreTheirOwnUnauthorizedProblem() throws Exception {
		given(this.accounts.authenticate(anyString(), anyString()))
			.willThrow(new AccountExceptions.InvalidCredentials());

		this.mvc.perform(json(post("/api/auth/login"), LOGIN))
			.andExpect(problem(401, "invalid-credentials"))
			.andExpect(jsonPath("$.detail").value("The e-mail address or password is not right."));
	}

	@Test
	void aLockedAccountSaysWhenToRetry() throws Exception {
		given(this.accounts.authenticate(anyString(), anyString()))
			.willThrow(new AccountExceptions.Locked(Duration.ofSeconds(754)));

		this.mvc.perform(json(post("/api/auth/login"), LOGIN))
			.andExpect(problem(423, "account-locked"))
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "754"))
			.andExpect(jsonPath("$.detail").value(containsString("12 minute(s)")));
	}

	@Test
	void aLockAboutToEndStillAsksForAtLeastASecond() throws Exception {
		given(this.accounts.authenticate(anyString(), anyString()))
			.willThrow(new AccountExceptions.Locked(Duration.ofMillis(300)));

		this.mvc.perform(json(post("/api/auth/login"), LOGIN))
			.andExpect(problem(423, "account-locked"))
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"));
	}

	@Test
	void aTokenWhoseAccountIsGoneIsAccountNotFound() throws Exception {
		given(this.accounts.byId("deleted-user")).willThrow(new AccountExceptions.NotFound());

		this.mvc.perform(get("/api/auth/me").with(customer("deleted-user")))
			.andExpect(problem(404, "account-not-found"));
	}

	// --- the generic ones, as identity words them

	@Test
	void aBodyThatIsNotJsonIsUnreadable() throws Exception {
		this.mvc.perform(json(post("/api/auth/signup"), "{\"fullName\": "))
			.andExpect(problem(400, "unreadable-request"))
			.andExpect(
					jsonPath("$.detail").value("The request body must be a JSON object with the documented fields."));
	}

	@Test
	void aBodyThatIsNotJsonByMediaTypeIsUnsupported() throws Exception {
		this.mvc.perform(post("/api/auth/login").contentType(MediaType.TEXT_PLAIN).content("ada@example.com"))
			.andExpect(problem(415, "unsupported-media-type"));
	}

	@Test
	void anUnexpectedFailureIsAnInternalErrorThatHidesItsCause() throws Exception {
		given(this.accounts.authenticate(anyString(), anyString()))
			.willThrow(new IllegalStateException("connection to jdbc:mysql://secret-host refused"));

		this.mvc.perform(json(post("/api/auth/login"), LOGIN))
			.andExpect(problem(500, "internal-error"))
			.andExpect(jsonPath("$.detail").value(not(containsString("secret-host"))));
	}

	@Test
	void aTokenIsNeverIssuedForARefusedSignIn() throws Exception {
		given(this.accounts.authenticate(anyString(), anyString()))
			.willThrow(new AccountExceptions.InvalidCredentials());

		this.mvc.perform(json(post("/api/auth/login"), LOGIN)).andExpect(status().isUnauthorized());
		verify(this.tokens, never()).issue(any());
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static JwtRequestPostProcessor customer(String userId) {
		return SliceTokens.as(userId, "CUSTOMER");
	}

	private static Jwt decoded(String value, String role) {
		return SliceTokens.decoded(value, "user-42", role);
	}

	/** The key pair the JWKS endpoint publishes the public half of. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SigningKey {

		@Bean
		RSAKey signingKey() throws JOSEException {
			return new RSAKeyGenerator(2048).keyID("test-key").generate();
		}

	}

}
