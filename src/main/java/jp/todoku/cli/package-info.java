/** Command-line commands (diagnose, eval) that run without starting Spring or the web server. */
package jp.todoku.cli;
