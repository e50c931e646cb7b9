/**
 * The ports: what storage adapters implement, and the values they exchange. One cohesive interface
 * per aggregate, named in domain language ({@link vn.chibo.domain.port.Organizations}); every call
 * carries the {@link vn.chibo.domain.common.Actor} and is confined to the actor's organisation
 * subtree; finders return {@code Optional}. Each port has an in-memory implementation in {@code
 * vn.chibo.domain.memory} and an abstract contract suite in {@code chibo-testkit} that every
 * implementation passes.
 *
 * <p>Thread safety: implementations must be safe for concurrent use; the value types here are
 * immutable.
 */
@ChiboStyle
@NullMarked
package vn.chibo.domain.port;

import org.jspecify.annotations.NullMarked;
import vn.chibo.domain.common.ChiboStyle;
