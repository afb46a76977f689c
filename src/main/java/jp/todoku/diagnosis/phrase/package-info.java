/** Phrase and code tables kept as data files: loading them strictly and matching one failure's clues against them. */
package jp.todoku.diagnosis.phrase;
