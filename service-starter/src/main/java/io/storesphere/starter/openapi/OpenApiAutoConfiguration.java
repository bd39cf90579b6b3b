package io.storesphere.starter.openapi;

import io.storesphere.starter.security.PublicPaths;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/**
 * A service's OpenAPI document tells what it really answers (see
 * {@link ApiDocumentRules}); only where springdoc generates one.
 */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
public class OpenApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ApiDocumentRules apiDocumentRules(ObjectProvider<PublicPaths> publicPaths) {
		return new ApiDocumentRules(publicPaths.orderedStream().toList());
	}

}
