/**
 * Abstract contract suites, one per port. An adapter's test class extends the suite and returns a
 * fresh, empty store from its factory method; every test of the suite must pass. chibo's in-memory
 * stores and its JDBC adapter run the same suites.
 *
 * <p>Thread safety: JUnit creates a suite instance per test; suites are not shared.
 */
@NullMarked
package vn.chibo.testkit.contract;

import org.jspecify.annotations.NullMarked;
