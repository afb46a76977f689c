/** The diagnosis engine's API: the Diagnoser front door and the values it returns (plain Java, no Spring). */
package jp.todoku.diagnosis;
