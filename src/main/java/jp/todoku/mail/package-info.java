/** The mail channel: notifications through an outbox, the support mailbox read over IMAP, and bounces of our own mail. */
package jp.todoku.mail;
