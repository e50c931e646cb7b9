/**
 * The commands of chibo's command-line program ({@link vn.chibo.examples.ChiboCli}) beyond the
 * Phường 5 scenario: {@link vn.chibo.examples.cli.GenerateCommand} loads generated national data
 * into a database, {@link vn.chibo.examples.cli.ReportCommand} reports a year's reviews of an
 * organisation from it, as text or as a self-contained HTML page. The storage options ({@link
 * vn.chibo.examples.cli.StorageOptions}) and the progress bar ({@link
 * vn.chibo.examples.cli.ProgressBar}) are shared by every command that reads or writes a database.
 *
 * <p>Thread safety: a command runs once, on one thread.
 */
@NullMarked
package vn.chibo.examples.cli;

import org.jspecify.annotations.NullMarked;
