-- chibo schema, version 4: QĐ 124's facts for an excellent member (rules.md §4.11), the shares of
-- assigned targets completed on time and exceeded, in percent. One text for H2 2.5 and
-- PostgreSQL 14+, as V1. Kept as the text of their BigDecimal, as V3 keeps the QĐ 366 scores, so
-- that their scale comes back exactly as recorded; NULL when the review does not record them.
ALTER TABLE evaluation_fact ADD COLUMN targets_on_time_percent VARCHAR(100);
ALTER TABLE evaluation_fact ADD COLUMN targets_exceeded_percent VARCHAR(100);
