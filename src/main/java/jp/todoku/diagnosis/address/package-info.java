/** Address insight: a recipient domain that looks like a typo of a domain customers mail most ("did you mean"), from a data list with its sources. */
package jp.todoku.diagnosis.address;
