-- PlanDesk workspace schema, version 2: the school registry, per-section figures, and links from plan
-- indicator parts to balance statistics computed from the registry (DESIGN §3, 义务教育优质均衡).

CREATE TABLE school (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(50)  NOT NULL,
    name       VARCHAR(500) NOT NULL,
    district   VARCHAR(200) NOT NULL DEFAULT '',
    street     VARCHAR(200) NOT NULL DEFAULT '',
    kind       VARCHAR(20)  NOT NULL,
    ownership  VARCHAR(10)  NOT NULL DEFAULT '',
    campuses   INT,
    edu_group  VARCHAR(500) NOT NULL DEFAULT '',
    CONSTRAINT school_code_unique UNIQUE (code)
);

-- One row per school, year and section (学部: PRIMARY, JUNIOR, SENIOR, or WHOLE for figures shared by the
-- sections of a 九年一贯制 / 完全中学 / 十二年一贯制 school). NULL means not reported.
CREATE TABLE school_figures (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id         BIGINT      NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    yr                INT         NOT NULL,
    section           VARCHAR(10) NOT NULL,
    students          DOUBLE PRECISION,
    teachers          DOUBLE PRECISION,
    degree_teachers   DOUBLE PRECISION,
    backbone_teachers DOUBLE PRECISION,
    pe_art_teachers   DOUBLE PRECISION,
    floor_area        DOUBLE PRECISION,
    sports_area       DOUBLE PRECISION,
    equipment_value   DOUBLE PRECISION,
    multimedia_rooms  DOUBLE PRECISION,
    CONSTRAINT school_figures_unique UNIQUE (school_id, yr, section)
);
CREATE INDEX school_figures_year ON school_figures (yr);

-- A note and source per figure (field is the column name above).
CREATE TABLE school_figure_note (
    figures_id BIGINT        NOT NULL REFERENCES school_figures (id) ON DELETE CASCADE,
    field      VARCHAR(30)   NOT NULL,
    note       CLOB          NOT NULL DEFAULT '',
    source     VARCHAR(1000) NOT NULL DEFAULT '',
    PRIMARY KEY (figures_id, field)
);

-- A plan indicator part whose actuals are computed from the registry: the district's 差异系数 of a stage,
-- either one indicator's CV (measure = its code) or the composite (measure = 'composite').
CREATE TABLE part_balance_link (
    part_id  BIGINT       PRIMARY KEY REFERENCES part (id) ON DELETE CASCADE,
    district VARCHAR(200) NOT NULL,
    stage    VARCHAR(10)  NOT NULL,
    measure  VARCHAR(30)  NOT NULL
);

-- Settings that belong to the workspace's data rather than to the user (e.g. the 全校 split weights), so the window
-- and the command line compute the same figures.
CREATE TABLE workspace_setting (
    name  VARCHAR(100)  PRIMARY KEY,
    val   VARCHAR(1000) NOT NULL
);
