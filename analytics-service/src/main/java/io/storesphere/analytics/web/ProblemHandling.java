package io.storesphere.analytics.web;

import io.storesphere.starter.problem.ApiProblemHandling;
import io.storesphere.starter.problem.Problems;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * analytics' errors as RFC 9457 problems with a stable type and the parameter at fault;
 * the generic ones come from {@link ApiProblemHandling}.
 */
@RestControllerAdvice
class ProblemHandling extends ApiProblemHandling {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidQuery(InvalidQueryException ex) {
		return ResponseEntity.badRequest().body(Problems.invalid(ex.parameter(), ex.getMessage()));
	}

}
