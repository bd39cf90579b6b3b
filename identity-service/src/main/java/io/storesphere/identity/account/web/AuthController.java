package io.storesphere.identity.account.web;

import java.time.Instant;
import java.util.List;

import io.storesphere.identity.account.Account;
import io.storesphere.identity.account.AccountService;
import io.storesphere.identity.token.TokenIssuer;
import io.storesphere.identity.token.TokenIssuer.IssuedToken;
import io.storesphere.starter.validation.NoControlCharacters;
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

	private final AccountService accounts;

	private final TokenIssuer tokens;

	AuthController(AccountService accounts, TokenIssuer tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@PostMapping("/signup")
	@ResponseStatus(HttpStatus.CREATED)
	UserView signUp(@Valid @RequestBody SignupRequest request) {
		return UserView.of(this.accounts.signUp(request.fullName(), request.email(), request.password()));
	}

	@PostMapping("/login")
	LoginResponse login(@Valid @RequestBody LoginRequest request) {
		Account account = this.accounts.authenticate(request.email(), request.password());
		IssuedToken token = this.tokens.issue(account);
		return new LoginResponse(token.value(), "Bearer", token.expiresIn().toSeconds(), UserView.of(account));
	}

	/** The caller is the token's subject, never a field of the request. */
	@GetMapping("/me")
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
