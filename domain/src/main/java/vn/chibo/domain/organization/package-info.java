/**
 * The tree of party organisations (tổ chức đảng) and its history: kinds, names, parents and
 * committee seats are all dated facts; reorganisations (sáp nhập, chia tách, đổi tên …) are
 * first-class events; the tree answers "as of date D" (and "as known at instant T") without ever
 * overwriting what was recorded. Structural rules of the Party Charter live in dated {@link
 * vn.chibo.domain.organization.StructurePolicy} versions and are checked by commands (hard
 * invariants, all violations at once) and by {@link vn.chibo.domain.organization.StructureAssessment}
 * (findings).
 *
 * <p>Thread safety: every type here is immutable and safe to share between threads.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.organization;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
