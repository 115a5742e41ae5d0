-- PlanDesk workspace schema, version 1: plans, their structure, indicators, targets, actuals, change log.
-- YEAR and VALUE are keywords in H2 2.x, hence the column names yr and val.

CREATE TABLE plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    title       VARCHAR(1000) NOT NULL,
    short_name  VARCHAR(200)  NOT NULL DEFAULT '',
    kind        VARCHAR(100)  NOT NULL DEFAULT '',
    issuer      VARCHAR(1000) NOT NULL DEFAULT '',
    doc_number  VARCHAR(200)  NOT NULL DEFAULT '',
    issue_date  DATE,
    start_year  INT           NOT NULL,
    end_year    INT           NOT NULL,
    source      VARCHAR(1000) NOT NULL DEFAULT '',
    note        CLOB          NOT NULL DEFAULT '',
    sort_order  INT           NOT NULL DEFAULT 0,
    CONSTRAINT plan_title_unique UNIQUE (title),
    CONSTRAINT plan_period CHECK (end_year >= start_year)
);

CREATE TABLE task (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT        NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    parent_id   BIGINT        REFERENCES task (id) ON DELETE CASCADE,
    level       VARCHAR(20)   NOT NULL,
    code        VARCHAR(100)  NOT NULL DEFAULT '',
    title       VARCHAR(2000) NOT NULL,
    lead_units  VARCHAR(2000) NOT NULL DEFAULT '',
    responsible VARCHAR(2000) NOT NULL DEFAULT '',
    sort_order  INT           NOT NULL DEFAULT 0
);
CREATE INDEX task_plan ON task (plan_id, sort_order);

CREATE TABLE indicator_group (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id    BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name       VARCHAR(500) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    CONSTRAINT group_name_unique UNIQUE (plan_id, name)
);

CREATE TABLE indicator (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT        NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    group_id    BIGINT        REFERENCES indicator_group (id) ON DELETE SET NULL,
    code        VARCHAR(50)   NOT NULL DEFAULT '',
    name        VARCHAR(1000) NOT NULL,
    unit        VARCHAR(50)   NOT NULL DEFAULT '',
    direction   VARCHAR(10)   NOT NULL DEFAULT 'higher',
    attribute   VARCHAR(10),
    grade_scale VARCHAR(10),
    note        CLOB          NOT NULL DEFAULT '',
    sort_order  INT           NOT NULL DEFAULT 0
);
CREATE INDEX indicator_plan ON indicator (plan_id, sort_order);

CREATE TABLE part (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id BIGINT       NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    name         VARCHAR(200) NOT NULL DEFAULT '',
    unit         VARCHAR(50)  NOT NULL DEFAULT '',
    sort_order   INT          NOT NULL DEFAULT 0,
    CONSTRAINT part_name_unique UNIQUE (indicator_id, name)
);

CREATE TABLE target (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    part_id     BIGINT        NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    yr          INT           NOT NULL,
    comparator  VARCHAR(10)   NOT NULL,
    val         DOUBLE PRECISION,
    upper       DOUBLE PRECISION,
    grade       VARCHAR(20),
    stretch     VARCHAR(20),
    text        VARCHAR(1000) NOT NULL DEFAULT '',
    cumulative  BOOLEAN       NOT NULL DEFAULT FALSE,
    single_year BOOLEAN       NOT NULL DEFAULT FALSE,
    source      VARCHAR(1000) NOT NULL DEFAULT '',
    note        CLOB          NOT NULL DEFAULT '',
    CONSTRAINT target_unique UNIQUE (part_id, yr)
);

CREATE TABLE actual (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    part_id    BIGINT        NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    yr         INT           NOT NULL,
    kind       VARCHAR(10)   NOT NULL,
    val        DOUBLE PRECISION,
    grade      VARCHAR(20),
    text       VARCHAR(1000) NOT NULL DEFAULT '',
    source     VARCHAR(1000) NOT NULL DEFAULT '',
    note       CLOB          NOT NULL DEFAULT '',
    entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT actual_unique UNIQUE (part_id, yr, kind),
    CONSTRAINT actual_has_value CHECK (val IS NOT NULL OR grade IS NOT NULL)
);

CREATE TABLE change_log (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    os_user   VARCHAR(200)  NOT NULL,
    entity    VARCHAR(50)   NOT NULL,
    entity_id BIGINT        NOT NULL,
    field     VARCHAR(100)  NOT NULL,
    old_value VARCHAR(4000),
    new_value VARCHAR(4000)
);
CREATE INDEX change_log_entity ON change_log (entity, entity_id, at);
