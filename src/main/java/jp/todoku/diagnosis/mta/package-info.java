/** One small reader per family of reporting mail servers, tried in one explicit order. */
package jp.todoku.diagnosis.mta;
