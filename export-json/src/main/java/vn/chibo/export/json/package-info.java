/** export-json. */
@NullMarked
package vn.chibo.export.json;

import org.jspecify.annotations.NullMarked;
