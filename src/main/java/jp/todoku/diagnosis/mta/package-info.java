/** Format readers: one small reader per reporting mail-server family, tried in one explicit order. */
package jp.todoku.diagnosis.mta;
