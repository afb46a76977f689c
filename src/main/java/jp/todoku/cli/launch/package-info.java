/**
 * The packaged jar's entry point, the command line's side of starting: it sits at the jar's root beside
 * Spring Boot's launcher and uses only the JDK, so a command's quick child JVM starts before the
 * nested-jar launcher runs; the site and everything else go on to that launcher.
 */
package jp.todoku.cli.launch;
