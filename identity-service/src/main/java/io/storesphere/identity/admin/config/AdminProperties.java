package io.storesphere.identity.admin.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code storesphere.identity.admin.*}: the administrator account created or updated at
 * startup. On AWS the password comes from Secrets Manager; the local run generates one
 * into {@code password-file} once.
 *
 * @param email the administrator's e-mail address (sign-in name)
 * @param fullName the name shown in the UI
 * @param password the password; at least 12 characters of three kinds
 * @param passwordFile a file to read the password from, created with a random one if
 * missing
 */
@ConfigurationProperties("storesphere.identity.admin")
public record AdminProperties(String email, String fullName, String password, String passwordFile) {

}
