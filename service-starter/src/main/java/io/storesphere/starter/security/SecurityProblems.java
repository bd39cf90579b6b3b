package io.storesphere.starter.security;

import java.io.IOException;

import io.storesphere.starter.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * 401 and 403 as RFC 9457 problem documents, like every other error of the API. They are
 * written by the security filters, before any controller advice could.
 */
public final class SecurityProblems {

	private SecurityProblems() {
	}

	public static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		String detail = (ex instanceof InvalidBearerTokenException)
				? "The bearer token is invalid or has expired; sign in again."
				: "This needs a bearer token: sign in and send it as 'Authorization: Bearer <token>'.";
		response.setHeader("WWW-Authenticate", "Bearer");
		Problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", detail);
	}

	public static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Your account may not do this.");
	}

}
