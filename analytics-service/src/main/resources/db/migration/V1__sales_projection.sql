-- Customers as identity announced them; a row may exist before its registration arrives
-- (an order came first), with registered_at still empty.
CREATE TABLE customers (
    user_id       VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(100) NULL,
    email         VARCHAR(254) NULL,
    registered_at DATETIME(6)  NULL,
    CONSTRAINT pk_customers PRIMARY KEY (user_id)
);

CREATE INDEX ix_customers_email ON customers (email);

-- Lifetime value per customer: the original app's `payments` aggregate.
CREATE TABLE customer_lifetime_value (
    user_id        VARCHAR(64)    NOT NULL,
    items_bought   BIGINT         NOT NULL,
    money_spent    DECIMAL(14, 2) NOT NULL,
    order_count    INT            NOT NULL,
    first_order_at DATETIME(6)    NULL,
    last_order_at  DATETIME(6)    NULL,
    CONSTRAINT pk_customer_lifetime_value PRIMARY KEY (user_id)
);

-- Every order counted, so a cancellation reverses exactly what its order added, once.
CREATE TABLE order_facts (
    order_id    VARCHAR(64)    NOT NULL,
    user_id     VARCHAR(64)    NOT NULL,
    placed_at   DATETIME(6)    NULL,
    placed_on   DATE           NULL,
    item_count  INT            NOT NULL,
    grand_total DECIMAL(14, 2) NOT NULL,
    status      VARCHAR(16)    NOT NULL,
    CONSTRAINT pk_order_facts PRIMARY KEY (order_id)
);

CREATE INDEX ix_order_facts_user ON order_facts (user_id, status, placed_at);

CREATE TABLE product_sales (
    product_id   VARCHAR(64)    NOT NULL,
    product_name VARCHAR(120)   NOT NULL,
    units        BIGINT         NOT NULL,
    revenue      DECIMAL(14, 2) NOT NULL,
    CONSTRAINT pk_product_sales PRIMARY KEY (product_id)
);

CREATE TABLE daily_sales (
    sales_date DATE           NOT NULL,
    orders     INT            NOT NULL,
    units      BIGINT         NOT NULL,
    revenue    DECIMAL(14, 2) NOT NULL,
    CONSTRAINT pk_daily_sales PRIMARY KEY (sales_date)
);

-- One row per event handled, written in the same transaction as its effect.
CREATE TABLE processed_events (
    event_id     VARCHAR(36)  NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    processed_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_processed_events PRIMARY KEY (event_id)
);
