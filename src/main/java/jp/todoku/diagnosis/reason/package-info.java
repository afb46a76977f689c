/** Decides the reason of one failure from status, reply code, text and SMTP phase, with an explicit precedence. */
package jp.todoku.diagnosis.reason;
