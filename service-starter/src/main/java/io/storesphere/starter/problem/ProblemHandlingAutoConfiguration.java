package io.storesphere.starter.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * A service with no exceptions of its own still answers every error as a problem: without
 * an advice of its own it gets {@link ApiProblemHandling} as it is. Before Spring MVC's
 * auto-configuration, so that Boot's own problem handler (spring.mvc.problemdetails)
 * steps aside for it.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
public class ProblemHandlingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
	DefaultProblemHandling defaultProblemHandling() {
		return new DefaultProblemHandling();
	}

}
