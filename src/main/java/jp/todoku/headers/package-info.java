/** The header engine: a message's headers become hops with delays, authentication verdicts and spam-filter signals, in plain Java. */
package jp.todoku.headers;
