/**
 * The architecture rules of {@code architecture.md} as reusable ArchUnit rules: {@link
 * vn.chibo.testkit.architecture.ChiboArchitectureRules}.
 *
 * <p>Thread safety: everything here is stateless or immutable and safe to share between threads.
 */
@NullMarked
package vn.chibo.testkit.architecture;

import org.jspecify.annotations.NullMarked;
