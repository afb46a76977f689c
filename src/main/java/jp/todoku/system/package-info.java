/** Cross-cutting web plumbing: security, languages, error pages, settings and the clock. */
package jp.todoku.system;
