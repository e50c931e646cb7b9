/**
 * chibo's domain: the entry point {@link vn.chibo.domain.Chibo} and the areas below it.
 *
 * <p>Areas, in dependency order: {@code common} and {@code rule} at the bottom, then {@code
 * organization}, {@code member}, {@code meeting}, {@code evaluation}, {@code oversight} and {@code
 * report}; {@code port} holds what adapters implement and {@code memory} the in-memory
 * implementations.
 *
 * <p>Thread safety: a built {@link vn.chibo.domain.Chibo} is immutable and safe to share; it is
 * exactly as thread-safe as the port implementations it was given.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
