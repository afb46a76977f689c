/** Todoku (届く), a self-service help desk for mail that did not arrive: the application and its command-line switch. */
package jp.todoku;
