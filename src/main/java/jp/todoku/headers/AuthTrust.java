package jp.todoku.headers;

import java.util.Locale;

/** Whose judgement an Authentication-Results field is, and so whether to believe it. */
public enum AuthTrust {
    /** Written by the receiving side (its authserv-id belongs to the servers that delivered the message). */
    RECEIVER,
    /** Microsoft 365 writes no authserv-id; believed only when Microsoft's servers received the message. */
    RECEIVER_UNNAMED,
    /** Written by another server (the sender's, a forwarder's): anyone can write this, so it is only shown. */
    OTHER_SERVER,
    /** Claims the receiver's name but was already in the message before the receiver took it: forged. */
    BEFORE_RECEIVER,
    /** No authserv-id and no way to tell who wrote it. */
    UNNAMED;

    public boolean trusted() {
        return this == RECEIVER || this == RECEIVER_UNNAMED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
