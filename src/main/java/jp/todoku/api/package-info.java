/** The JSON API for scripts and other systems: diagnoses and tickets, errors as RFC 9457 problem details. */
package jp.todoku.api;
