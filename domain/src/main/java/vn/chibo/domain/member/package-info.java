/**
 * Members (đảng viên) and everything that happens to them, as dated, recorded facts: admission
 * (kết nạp) and its ceremony, probation (dự bị) and recognition (công nhận đảng viên chính thức),
 * transfers (chuyển sinh hoạt đảng), exemption, suspension and the other conditions the meeting and
 * evaluation rules read, discipline, removal (xóa tên), party age (tuổi đảng) and badges (huy hiệu
 * Đảng). Status is derived from the facts as of a date, never stored. The rules of each date come
 * from the {@link vn.chibo.domain.member.MembershipPolicy} then in force.
 *
 * <p>Thread safety: every type here is immutable and safe to share between threads.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.member;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
