/**
 * Helpers for tests that measure memory: a main class run in a JVM of its own with a small heap
 * ({@link vn.chibo.testkit.jvm.ForkedJvm}), and a writer and a reader joined by a pipe so that
 * neither holds the whole stream ({@link vn.chibo.testkit.jvm.Pipe}).
 */
@NullMarked
package vn.chibo.testkit.jvm;

import org.jspecify.annotations.NullMarked;
