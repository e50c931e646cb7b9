/**
 * The quality review (đánh giá, xếp loại chất lượng), yearly and, from QĐ 366, quarterly and per
 * term ({@link vn.chibo.domain.evaluation.ReviewPeriod}): the four grades, the regimes chosen by
 * review year (QĐ 132 with HD 16 and HD 21, QĐ 124 with HD 25, QĐ 366 with HD 43), who is rated,
 * the caps and disqualifications that lower a proposed grade (one finding per rule applied), QĐ
 * 366's Annex 5 criteria sets, the organisation thresholds, leadership collectives, the excellence
 * quota with both readings of its base in pluggable pools, and the reports. A grade is never
 * invented: the input is the proposed grade and the facts the rules read.
 *
 * <p>Thread safety: every type here is immutable and safe to share between threads.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.evaluation;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
