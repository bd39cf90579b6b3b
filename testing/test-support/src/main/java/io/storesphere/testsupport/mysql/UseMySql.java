package io.storesphere.testsupport.mysql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the test class a fresh, empty schema on a MySQL-compatible server and points
 * {@code spring.datasource.*} at it; Flyway then migrates it as in production.
 *
 * <p>
 * The server is the MariaDB on 127.0.0.1:3306 (user root, empty password) unless
 * {@code STORESPHERE_TEST_MYSQL_URL} (with {@code _USER} and {@code _PASSWORD}) names
 * another, or {@code -Dstoresphere.test.mysql=testcontainers} asks for MySQL 8.4 in a
 * container. Schemas are dropped when the test JVM ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface UseMySql {

}
