/** The customer's pages: home, paste, upload, questionnaire, result, ticket form and status link. */
package jp.todoku.selfservice;
