/** The knowledge base: entries loaded once from classpath:knowledge/ and immutable afterwards. */
package jp.todoku.diagnosis.knowledge;
