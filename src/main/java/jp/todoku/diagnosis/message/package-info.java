/** Reading input: a small bounded MIME parser, charsets, encoded words, mbox splitting and pasted fragments. */
package jp.todoku.diagnosis.message;
