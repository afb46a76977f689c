/** Command-line commands (diagnose, eval) that run the engine in batch without Spring or a web server. */
package jp.todoku.cli;
