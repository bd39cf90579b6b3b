package io.storesphere.testsupport;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * What the test-support annotations ({@code @UseAwsEmulators}, {@code @UseMySql},
 * {@code @UseTestTokens}) have in common: a {@link ContextCustomizerFactory}, registered
 * in META-INF/spring.factories, that acts only on test classes carrying its annotation
 * and adds properties through {@link TestProperties}.
 *
 * @param <A> the annotation a test class carries to get the properties
 */
public abstract class AnnotatedTestProperties<A extends Annotation> implements ContextCustomizerFactory {

	private final Class<A> annotation;

	private final String sourceName;

	/**
	 * @param annotation the annotation that switches these properties on
	 * @param sourceName the name of the property source, as it shows in the environment
	 */
	protected AnnotatedTestProperties(Class<A> annotation, String sourceName) {
		this.annotation = annotation;
		this.sourceName = sourceName;
	}

	@Override
	public final ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).isPresent(this.annotation)) {
			return null;
		}
		return new Customizer(this, testClass, contextKey(testClass));
	}

	/**
	 * What decides whether two annotated test classes may share a cached context. By
	 * default they all do; return the test class to give each class its own.
	 * @param testClass the annotated test class
	 * @return the part of the context cache key these properties contribute
	 */
	protected Object contextKey(Class<?> testClass) {
		return getClass();
	}

	/**
	 * The properties for one context, computed when the context starts (so an emulator or
	 * schema is made only for a context that is really built).
	 * @param testClass the annotated test class
	 * @return the properties to add
	 */
	protected abstract Map<String, Object> properties(Class<?> testClass);

	private static final class Customizer implements ContextCustomizer {

		private final AnnotatedTestProperties<?> factory;

		private final Class<?> testClass;

		private final Object key;

		Customizer(AnnotatedTestProperties<?> factory, Class<?> testClass, Object key) {
			this.factory = factory;
			this.testClass = testClass;
			this.key = key;
		}

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			TestProperties.add(context.getEnvironment(), this.factory.sourceName,
					this.factory.properties(this.testClass));
		}

		// Spring may make a new factory per test class: equal factories are of one class.
		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer that && this.factory.getClass() == that.factory.getClass()
					&& this.key.equals(that.key);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.factory.getClass(), this.key);
		}

	}

}
