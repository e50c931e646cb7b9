/**
 * Meetings (sinh hoạt đảng): schedules that generate the expected meetings, the record of each
 * meeting (kind, times, agenda, guests, attendance of every member summoned, resolutions and their
 * ballots), the validity of resolutions on a base computed from the members' standing, and the
 * quality and compliance rules of HD 12-HD/BTCTW (2018) and HD 42-HD/BTCTW (2025). Rules that
 * changed over time live in the dated {@link vn.chibo.domain.meeting.MeetingPolicy} and {@link
 * vn.chibo.domain.meeting.VotePolicy}.
 *
 * <p>Thread safety: every type here is immutable and safe to share between threads.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.meeting;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
