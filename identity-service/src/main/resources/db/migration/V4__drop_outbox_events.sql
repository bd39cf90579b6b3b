-- The hand-written outbox is gone; migration 3 carried its unpublished events over to event_publication.
DROP TABLE outbox_events;
