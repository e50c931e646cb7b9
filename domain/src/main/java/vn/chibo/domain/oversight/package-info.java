/**
 * What reads several areas at once: members the cell should consider for removal from the list
 * (xóa tên), each with its evidence (months with an unexcused absence from regular meetings, unpaid
 * months of dues, counted separately; two consecutive years not completed; no progress 12 months
 * after education), and members eligible for the five-year commendation. It flags; it never
 * removes.
 *
 * <p>Thread safety: every type here is immutable and safe to share between threads.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.oversight;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
