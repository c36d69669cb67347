package io.github.cbrsync.cli;

/** How a command prints its result: a table for people, JSON or CSV for scripts (on stdout, UTF-8 when piped). */
enum OutputFormat {
    TABLE, JSON, CSV
}
