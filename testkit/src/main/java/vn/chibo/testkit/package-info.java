/** testkit. */
@NullMarked
package vn.chibo.testkit;

import org.jspecify.annotations.NullMarked;
