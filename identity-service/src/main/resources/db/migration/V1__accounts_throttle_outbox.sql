-- Accounts: one row per user; the e-mail is stored trimmed and lower-cased.
CREATE TABLE accounts (
    id            VARCHAR(36)  NOT NULL,
    email         VARCHAR(254) NOT NULL,
    full_name     VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_accounts PRIMARY KEY (id),
    CONSTRAINT uk_accounts_email UNIQUE (email)
);

-- Failed logins per e-mail address, kept whether or not an account exists,
-- so the lockout never tells which addresses are registered.
CREATE TABLE login_throttle (
    email             VARCHAR(254) NOT NULL,
    failures          INT          NOT NULL,
    window_started_at DATETIME(6)  NOT NULL,
    locked_until      DATETIME(6)  NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (email)
);

-- The transactional outbox: written with the state change, published by the relay in id order.
CREATE TABLE outbox_events (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    event_id     VARCHAR(36)   NOT NULL,
    event_type   VARCHAR(100)  NOT NULL,
    topic        VARCHAR(100)  NOT NULL,
    body         VARCHAR(8000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    published_at DATETIME(6)   NULL,
    attempts     INT           NOT NULL,
    last_error   VARCHAR(500)  NULL,
    CONSTRAINT pk_outbox_events PRIMARY KEY (id),
    CONSTRAINT uk_outbox_events_event_id UNIQUE (event_id)
);

CREATE INDEX ix_outbox_events_pending ON outbox_events (published_at, id);
