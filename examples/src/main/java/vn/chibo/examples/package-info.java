/**
 * Runnable examples: the Phường 5 scenario from the seed article ({@link
 * vn.chibo.examples.Phuong5Scenario}) and the command-line program ({@link
 * vn.chibo.examples.ChiboCli}).
 *
 * <p>Thread safety: the scenario builds its own {@link vn.chibo.domain.Chibo}; the CLI runs one
 * command per invocation on one thread.
 */
@NullMarked
package vn.chibo.examples;

import org.jspecify.annotations.NullMarked;
