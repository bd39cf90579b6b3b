/**
 * StoreSphere's integration events: the wire contract between services.
 *
 * <p>
 * Every event travels in an {@link io.storesphere.events.EventEnvelope}; the payloads are
 * immutable past-tense records holding ids and snapshots, never entities. Money is a
 * {@link java.math.BigDecimal} with two places, written to JSON as a string. Types evolve
 * additively; a breaking change is a new {@code .vN} type. This module stays free of
 * Spring.
 */
package io.storesphere.events;
