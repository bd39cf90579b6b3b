-- Spring Modulith's event publication registry, identity's outbox from here on: one row per event
-- and listener, written in the transaction that raised the event, completed once the listener
-- (the SNS relay) returned. Column names are those of its JPA mapping (JpaEventPublication);
-- ids are UUIDs as text (spring.jpa.properties.hibernate.type.preferred_uuid_jdbc_type: CHAR),
-- the same in MySQL, MariaDB and H2.
CREATE TABLE event_publication (
    id                     CHAR(36)      NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6)   NULL,
    status                 VARCHAR(20)   NULL,
    completion_attempts    INT           NOT NULL,
    last_resubmission_date DATETIME(6)   NULL,
    CONSTRAINT pk_event_publication PRIMARY KEY (id)
);

-- Incomplete publications (completion_date IS NULL) oldest first, and completed ones by age.
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date, publication_date);
