package io.storesphere.starter.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Refuses, before any handler runs, two requests that would otherwise be refused too late
 * or not at all:
 * <ul>
 * <li>a change ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) from a client
 * that accepts no JSON answer is a 406 problem. Spring MVC finds an unsatisfiable
 * {@code Accept} only when it writes the handler's result, after the change was made;
 * checked here, once for every endpoint, nothing is written.</li>
 * <li>a path with a control character in it (an encoded bell or escape) is a 400 problem:
 * Tomcat and Spring Security's firewall refuse only NUL, and an id never holds one.</li>
 * </ul>
 */
class RequestPreflight extends OncePerRequestFilter {

	private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_PROBLEM_JSON);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasControlCharacter(request.getRequestURI())) {
			Problems.write(request, response, HttpStatus.BAD_REQUEST, "malformed-request",
					"The path holds a control character; ids and names in a URL never do.");
			return;
		}
		if (CHANGES.contains(request.getMethod()) && !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
			Problems.write(request, response, HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
					"This API answers in JSON (application/json, application/problem+json); send an Accept"
							+ " header that allows it, or none. Nothing was changed.");
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean hasControlCharacter(String rawPath) {
		String path;
		try {
			path = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return false; // not this filter's refusal: malformed escapes are Tomcat's
		}
		return path.chars().anyMatch(Character::isISOControl);
	}

	static boolean acceptsJson(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((accepted) -> ANSWERS.stream().anyMatch(accepted::isCompatibleWith));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
