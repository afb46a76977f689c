package jp.todoku.headers;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One step of the route, numbered from the sender (1) to the recipient's mailbox (last), as the
 * Received fields tell it read from the bottom up. Nullable components mean "the field did not say".
 *
 * @param number      1 for the first server that took the message
 * @param from        the name the sending side gave, or null
 * @param fromName    the sending side's name as looked up by the receiving side, or null
 * @param fromAddress the sending side's IP address, or null
 * @param by          the server that took the message at this step, or null
 * @param with        the protocol, or null
 * @param id          the receiving server's queue id, or null
 * @param forAddress  the recipient written down, or null
 * @param at          when this server took the message (with the offset it wrote), or null
 * @param dateText    the date as written, or null
 * @param delay       the time since the step before (or since the Date header for the first), or null
 * @param state       how far the delay can be trusted
 * @param crossing    whether the message moved into another organisation at this step
 */
public record Hop(int number, String from, String fromName, String fromAddress, String by, String with, String id,
                  String forAddress, OffsetDateTime at, String dateText, Duration delay, HopState state,
                  boolean crossing) {

    public Hop {
        if (number < 1 || state == null) {
            throw new IllegalArgumentException("a hop needs a number from 1 and a state");
        }
    }

    /** The delay in whole seconds, or -1 when there is none (templates and JSON read this). */
    public long delaySeconds() {
        return delay == null ? -1 : delay.toSeconds();
    }

    /** The sending side as one short text: its looked-up name, else its HELO name, then the address. */
    public String sender() {
        String name = fromName != null ? fromName : from;
        if (name == null) {
            return fromAddress == null ? "" : fromAddress;
        }
        return fromAddress == null || name.equals(fromAddress) ? name : name + " [" + fromAddress + "]";
    }
}
