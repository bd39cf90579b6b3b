package io.storesphere.identity.account.web;

import java.time.Instant;
import java.util.List;

import io.storesphere.identity.account.Account;
import io.storesphere.identity.account.AccountService;
import io.storesphere.identity.token.TokenIssuer;
import io.storesphere.identity.token.TokenIssuer.IssuedToken;
import io.storesphere.starter.validation.NoControlCharacters;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, sign-in and the caller's own profile. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

	/** The gateway's limit on sign-in and sign-up attempts per client address. */
	private static final String TOO_MANY_ATTEMPTS = "Too many attempts from this address (the gateway's limit):"
			+ " too-many-attempts, with Retry-After";

	private final AccountService accounts;

	private final TokenIssuer tokens;

	AuthController(AccountService accounts, TokenIssuer tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@PostMapping("/signup")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "409",
			description = "The e-mail address is already registered: email-already-registered")
	@ApiResponse(responseCode = "429", description = TOO_MANY_ATTEMPTS)
	UserView signUp(@Valid @RequestBody SignupRequest request) {
		return UserView.of(this.accounts.signUp(request.fullName(), request.email(), request.password()));
	}

	@PostMapping("/login")
	@ApiResponse(responseCode = "200", description = "A bearer token for the account, and the account")
	@ApiResponse(responseCode = "401", description = "Wrong e-mail address or password: invalid-credentials")
	@ApiResponse(responseCode = "423",
			description = "Too many failed sign-ins: account-locked, with Retry-After in seconds")
	@ApiResponse(responseCode = "429", description = TOO_MANY_ATTEMPTS)
	LoginResponse login(@Valid @RequestBody LoginRequest request) {
		Account account = this.accounts.authenticate(request.email(), request.password());
		IssuedToken token = this.tokens.issue(account);
		return new LoginResponse(token.value(), "Bearer", token.expiresIn().toSeconds(), UserView.of(account));
	}

	/** The caller is the token's subject, never a field of the request. */
	@GetMapping("/me")
	@ApiResponse(responseCode = "200", description = "The caller's account")
	@ApiResponse(responseCode = "404", description = "The token's account no longer exists: account-not-found")
	UserView me(@AuthenticationPrincipal Jwt token) {
		return UserView.of(this.accounts.byId(token.getSubject()));
	}

	/**
	 * Only surrounding whitespace is trimmed: a control character anywhere in the name or
	 * the address (a NUL, say) is refused, not silently cut off.
	 */
	record SignupRequest(
			@NotBlank @Size(max = 100) @NoControlCharacters String fullName, @NotBlank @Email(
					message = "must be a valid e-mail address") @Size(max = 254) @NoControlCharacters String email,
			@NotNull @Size(min = 10, max = 128) String password) {

		SignupRequest {
			fullName = (fullName != null) ? fullName.strip() : null;
			email = AccountService.normaliseEmail(email);
		}

	}

	record LoginRequest(@NotBlank String email, @NotBlank String password) {

	}

	record UserView(String id, String fullName, String email, List<String> roles, Instant createdAt) {

		static UserView of(Account account) {
			return new UserView(account.id(), account.fullName(), account.email(), List.of(account.role().name()),
					account.createdAt());
		}

	}

	record LoginResponse(String accessToken, String tokenType, long expiresIn, UserView user) {

	}

}
