/**
 * Party dues (đảng phí): what a member owes for a month under the dues regulation then in force,
 * and the member's monthly ledger of dues owed and paid.
 *
 * <p>{@link vn.chibo.domain.member.dues.DuesPolicy} holds a regulation's rates and amounts
 * (QĐ 342-QĐ/TW with HD 03-HD/VPTW 2016 until 31/01/2026, QĐ 01-QĐ/TW from 01/02/2026, both from
 * {@link vn.chibo.domain.member.dues.DuesPolicies}); {@link
 * vn.chibo.domain.member.dues.DuesCalculator} turns a member's {@link
 * vn.chibo.domain.member.dues.DuesBasis} for a month into a {@link
 * vn.chibo.domain.member.dues.DuesAssessment}, with exact integer arithmetic and one rounding;
 * {@link vn.chibo.domain.member.dues.DuesLedger} counts the months left unpaid, the input of the
 * removal trigger "does not pay dues for 3 months in a year".
 *
 * <p>Dues amounts, the salary or pension they are computed from and the grounds of an exemption are
 * sensitive: every {@code toString} here masks them.
 *
 * <p>Thread safety: every value type here (policies, bases, assessments, entries, ledgers) is
 * immutable and safe to share between threads; builders are not, and are meant for one thread.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.member.dues;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
