/** examples. */
@NullMarked
package vn.chibo.examples;

import org.jspecify.annotations.NullMarked;
