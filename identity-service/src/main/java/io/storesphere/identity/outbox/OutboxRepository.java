package io.storesphere.identity.outbox;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEvent, Long> {

	/** Oldest first: events are published in the order they were written. */
	List<OutboxEvent> findByPublishedAtIsNullOrderByIdAsc(Limit limit);

	long countByPublishedAtIsNull();

}
