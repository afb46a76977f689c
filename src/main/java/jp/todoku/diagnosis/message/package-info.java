/** Reads the input itself: MIME structure and charsets, RFC 3464 delivery reports, pasted fragments and mail-client error codes. */
package jp.todoku.diagnosis.message;
