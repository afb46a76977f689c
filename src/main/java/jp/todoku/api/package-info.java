/** The JSON API for diagnoses and tickets, for scripts and other systems. */
package jp.todoku.api;
