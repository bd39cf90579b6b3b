package io.storesphere.starter.problem;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@link ApiProblemHandling} as it is. A top-level class, registered only by
 * {@link ProblemHandlingAutoConfiguration}'s conditional bean: nested in it, its
 * {@code @Component} meta-annotation would register it unconditionally beside a service's
 * own advice.
 */
@RestControllerAdvice
class DefaultProblemHandling extends ApiProblemHandling {

}
