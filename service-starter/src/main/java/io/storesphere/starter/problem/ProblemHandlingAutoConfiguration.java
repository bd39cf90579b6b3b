package io.storesphere.starter.problem;

import org.apache.catalina.startup.Tomcat;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * A service with no exceptions of its own still answers every error as a problem: without
 * an advice of its own it gets {@link ApiProblemHandling} as it is. Before Spring MVC's
 * auto-configuration, so that Boot's own problem handler (spring.mvc.problemdetails)
 * steps aside for it. What Tomcat refuses before Spring MVC sees it is a problem too
 * ({@link TomcatProblemReports}), and what must be refused before a handler changes
 * anything is ({@link RequestPreflight}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
public class ProblemHandlingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
	DefaultProblemHandling defaultProblemHandling() {
		return new DefaultProblemHandling();
	}

	@Bean
	RequestPreflight requestPreflight() {
		return new RequestPreflight();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Tomcat.class)
	static class TomcatProblems {

		@Bean
		TomcatProblemReportsCustomizer tomcatProblemReports() {
			return new TomcatProblemReportsCustomizer();
		}

	}

	/** Last, so that its valve replaces the one Boot's own customizer adds. */
	static class TomcatProblemReportsCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(TomcatProblemReports::install);
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
