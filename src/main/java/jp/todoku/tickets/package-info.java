/** Support tickets and their events (status changes, notes, replies), stored with a snapshot of the diagnosis. */
package jp.todoku.tickets;
