/**
 * Test-data builders ({@code <Thing>TestData}): sensible defaults, so that each test states only
 * what matters to it.
 *
 * <p>Thread safety: builders are not thread-safe; the values they build are immutable.
 */
@NullMarked
package vn.chibo.testkit.data;

import org.jspecify.annotations.NullMarked;
