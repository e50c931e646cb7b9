-- chibo schema, version 5: the counts of V3 rolled up to every ancestor, so that a report of any
-- subtree, the whole party included, reads a few rows whatever its size. One text for H2 2.5 and
-- PostgreSQL 14+, as V1.
--
-- evaluation_rollup holds, per organisation, review year, subject, regime and grade, the sum of
-- the rows of evaluation_count of every unit that lay at or below the organisation on 31/12 of the
-- review year (by organization_ancestor). It is maintained in the same transaction as the counts:
-- a change of a count adds the same difference to the rollup of each of the unit's ancestors on
-- 31/12; a change of the tree takes the contributions of the organisations whose paths it rewrites
-- off their old ancestors and adds them to the new ones.

CREATE TABLE evaluation_rollup (
    ancestor_id UUID NOT NULL,
    review_year INTEGER NOT NULL,
    subject VARCHAR(20) NOT NULL,
    regime_id VARCHAR(200) NOT NULL,
    grade VARCHAR(20) NOT NULL,
    not_rated_reason VARCHAR(100) NOT NULL,
    n BIGINT NOT NULL,
    CONSTRAINT evaluation_rollup_pk PRIMARY KEY (ancestor_id, review_year, subject, regime_id, grade, not_rated_reason),
    CONSTRAINT evaluation_rollup_subject CHECK (subject IN ('MEMBER', 'CELL')),
    CONSTRAINT evaluation_rollup_not_negative CHECK (n >= 0)
);

-- What a database migrated from version 4 already counts.
INSERT INTO evaluation_rollup (ancestor_id, review_year, subject, regime_id, grade, not_rated_reason, n)
SELECT a.ancestor_id, c.review_year, c.subject, c.regime_id, c.grade, c.not_rated_reason, SUM(c.n)
FROM evaluation_count c
JOIN organization_ancestor a ON a.organization_id = c.unit_id
    AND a.valid_from <= CAST(CONCAT(CAST(c.review_year AS VARCHAR(4)), '-12-31') AS DATE)
    AND a.valid_until > CAST(CONCAT(CAST(c.review_year AS VARCHAR(4)), '-12-31') AS DATE)
GROUP BY a.ancestor_id, c.review_year, c.subject, c.regime_id, c.grade, c.not_rated_reason;
