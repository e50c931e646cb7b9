/**
 * Serving members who keep contact with the party organisation and the people where they reside
 * (đảng viên đang công tác giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú, QĐ 213-QĐ/TW
 * of 2/1/2020 with HD 33-HD/BTCTW of 30/10/2020): a {@link
 * vn.chibo.domain.member.residence.ResidenceLiaisonHistory} links a member whose cell is elsewhere,
 * possibly in no organisation this system stores, to the residential cell where they live. Such a
 * member is never a member of the residential organisation: never in its roster, never rated
 * there. The facts record the registration with the introduction letter, the exemption category of
 * HD 33 item 1, the attendance at the 6-monthly meetings the ward holds with them, the yearly joint
 * comment of the residential cell committee and the Front work committee (Ban công tác Mặt trận),
 * and the end. The rules of each date come from the {@link
 * vn.chibo.domain.member.residence.ResidencePolicy} then in force; there is none before 2/1/2020
 * (the earlier QĐ 76-QĐ/TW of 2000 is not encoded), so older facts are kept and judged {@code
 * NO_POLICY}.
 *
 * <p>Depends on {@code common}, {@code rule}, {@code organization} and {@code member}; only the root
 * package, {@code port} and {@code memory} depend on it.
 *
 * <p>Thread safety: every type here is immutable and safe to share between threads; the planner
 * and the queries are pure functions of what they are given.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.member.residence;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
