/**
 * Rules and the policies that hold them: every rule names its {@link vn.chibo.domain.rule.RuleSource}
 * (document, article, {@link vn.chibo.domain.rule.Confidence}); an assessment returns {@link
 * vn.chibo.domain.rule.Finding}s; a {@link vn.chibo.domain.rule.Policy} is a dated set of rule
 * parameters, found in the {@link vn.chibo.domain.rule.PolicyRegistry} by kind, date or review year,
 * and organisation subtree, the most specific registration winning. The {@link
 * vn.chibo.domain.rule.WorkingCalendar} counts deadlines in working days; its default data, {@link
 * vn.chibo.domain.rule.VietnamHolidays}, carries the source of every day off.
 *
 * <p>Thread safety: every type here is immutable; a built {@link
 * vn.chibo.domain.rule.PolicyRegistry} or {@link vn.chibo.domain.rule.WorkingCalendar} is safe to
 * share between threads.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.rule;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
