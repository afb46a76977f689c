/** The knowledge base: entries loaded once from classpath:knowledge/, matched to failures, plus the computed help the seeds teach. */
package jp.todoku.diagnosis.knowledge;
