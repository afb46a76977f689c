/** The staff console and staff accounts: sign-in, queue, ticket view, dashboard, export and knowledge browser. */
package jp.todoku.staff;
