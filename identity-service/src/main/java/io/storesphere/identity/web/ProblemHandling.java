package io.storesphere.identity.web;

import io.storesphere.identity.account.AccountExceptions;
import io.storesphere.starter.problem.ApiProblemHandling;
import io.storesphere.starter.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of identity's API as an RFC 9457 problem with a stable {@code type}, a
 * person-readable {@code detail} and, for invalid input, the fields at fault in
 * {@code errors}.
 */
@RestControllerAdvice
class ProblemHandling extends ApiProblemHandling {

	@Override
	protected String unreadableBodyDetail() {
		return "The request body must be a JSON object with the documented fields.";
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidField(AccountExceptions.InvalidField ex) {
		return ResponseEntity.badRequest().body(Problems.invalid(ex.field(), ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> emailTaken(AccountExceptions.EmailAlreadyRegistered ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.problem(HttpStatus.CONFLICT, "email-already-registered", "E-mail already registered",
					ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidCredentials(AccountExceptions.InvalidCredentials ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(Problems.problem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Sign-in failed", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> locked(AccountExceptions.Locked ex) {
		return ResponseEntity.status(HttpStatus.LOCKED)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
			.body(Problems.problem(HttpStatus.LOCKED, "account-locked", "Account locked", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(AccountExceptions.NotFound ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Problems.problem(HttpStatus.NOT_FOUND, "account-not-found", "Account not found", ex.getMessage()));
	}

}
