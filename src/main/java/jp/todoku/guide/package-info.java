/** The questionnaire engine: questions, branching and the findings that answers lead to, in plain Java. */
package jp.todoku.guide;
