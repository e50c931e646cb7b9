/**
 * The shared kernel every area builds on: typed identities ({@link
 * vn.chibo.domain.common.OrganizationId}, {@link vn.chibo.domain.common.MemberId}), the acting
 * {@link vn.chibo.domain.common.Actor} and its scope, the bitemporal stamps of facts ({@link
 * vn.chibo.domain.common.DateRange}, {@link vn.chibo.domain.common.Recorded}), bilingual {@link
 * vn.chibo.domain.common.Label}s, masking of sensitive values and the exception root {@link
 * vn.chibo.domain.common.ChiboException}.
 *
 * <p>Thread safety: every type here is immutable and safe to share between threads.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.common;

import org.jspecify.annotations.NullMarked;
