package io.storesphere.identity.token.config;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code storesphere.identity.jwt.*}: how access tokens are signed and how long they
 * live.
 *
 * @param issuer the {@code iss} claim every service expects
 * @param ttl token lifetime (default 30 minutes)
 * @param privateKey the RS256 signing key as a PKCS#8 PEM; on AWS it comes from Secrets
 * Manager
 * @param keyFile where the local run keeps a key it generated once, so restarts keep
 * sessions
 */
@Validated
@ConfigurationProperties("storesphere.identity.jwt")
public record TokenProperties(@NotBlank String issuer, @NotNull Duration ttl, String privateKey, String keyFile) {

}
