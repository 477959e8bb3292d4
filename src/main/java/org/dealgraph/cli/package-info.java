/**
 * The command line: picocli subcommands ({@code ingest}, {@code query}, {@code serve}, {@code export},
 * {@code stats}, {@code demo}) over the pipeline. Only {@link org.dealgraph.cli.Main} calls
 * {@code System.exit}; nothing depends on this package.
 */
package org.dealgraph.cli;
