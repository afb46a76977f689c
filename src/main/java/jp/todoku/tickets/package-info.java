/** Support tickets: the customer's answers with a diagnosis snapshot, their history, the staff queue and the private status link. */
package jp.todoku.tickets;
