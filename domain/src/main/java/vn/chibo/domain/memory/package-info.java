/**
 * In-memory implementations of every port, for tests, examples and hosts that need no storage.
 * They pass the same contract suites as the database adapters.
 *
 * <p>Thread safety: each implementation is safe for concurrent use (one lock per store).
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.memory;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
