/** benchmarks. */
@NullMarked
package vn.chibo.benchmarks;

import org.jspecify.annotations.NullMarked;
