-- PlanDesk workspace schema, version 3: the plausible range of an indicator's actuals, when the planner gives one
-- (编辑指标 → 合理范围). Without a row the range follows from the unit (% 0–100, 差异系数 0–1, counts at least 0).

CREATE TABLE indicator_range (
    indicator_id BIGINT PRIMARY KEY REFERENCES indicator (id) ON DELETE CASCADE,
    min_value    DOUBLE PRECISION,
    max_value    DOUBLE PRECISION,
    CONSTRAINT indicator_range_order CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
);
