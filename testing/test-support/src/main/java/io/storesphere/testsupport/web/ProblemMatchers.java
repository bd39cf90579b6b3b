package io.storesphere.testsupport.web;

import org.hamcrest.Matchers;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * MockMvc expectations for the API's RFC 9457 problems, so slice tests pin a problem in
 * one line: {@code .andExpect(problem(409, "stale-version"))}.
 */
public final class ProblemMatchers {

	/** Every problem type is this plus its name. */
	public static final String TYPES = "https://storesphere.dev/problems/";

	private ProblemMatchers() {
	}

	/** The status, {@code application/problem+json} and the type {@code TYPES + type}. */
	public static ResultMatcher problem(int status, String type) {
		return all(status().is(status), content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
				jsonPath("$.type").value(TYPES + type), jsonPath("$.status").value(status));
	}

	/** A 400 {@code invalid-request} naming this field in {@code errors}. */
	public static ResultMatcher invalidField(String field) {
		return all(problem(400, "invalid-request"), jsonPath("$.errors[*].field").value(Matchers.hasItem(field)));
	}

	private static ResultMatcher all(ResultMatcher... matchers) {
		return (result) -> {
			for (ResultMatcher matcher : matchers) {
				matcher.match(result);
			}
		};
	}

}
