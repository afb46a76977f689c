/** The guided questionnaire engine: a question graph and finding rules loaded from data, answers in, next question or findings out. */
package jp.todoku.guide;
