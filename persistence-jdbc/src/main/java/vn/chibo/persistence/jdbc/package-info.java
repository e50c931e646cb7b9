/** persistence-jdbc. */
@NullMarked
package vn.chibo.persistence.jdbc;

import org.jspecify.annotations.NullMarked;
