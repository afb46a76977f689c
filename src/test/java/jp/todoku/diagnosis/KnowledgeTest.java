package jp.todoku.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The root front door that features use: the same knowledge and help as the engine sees. */
class KnowledgeTest {

    private final Knowledge knowledge = Knowledge.bundled();

    @Test
    void findsEntriesAndAdvisesFragments() {
        KnowledgeEntry entry = knowledge.find("situation-op25b").orElseThrow();
        assertTrue(entry.text(Language.JA).title().contains("OP25B"));
        assertEquals("outlook-com-SC-004", knowledge.adviseFragment("550 SC-004 (BAY004-MC5F9) Mail rejected").best().id());
        assertFalse(knowledge.search("JMRP").isEmpty());
        assertFalse(knowledge.entries().isEmpty());
        assertEquals(entry.related().size(), knowledge.related(entry).size());
    }

    @Test
    void offersTheComputedHelp() {
        assertEquals(7.2, Knowledge.largestAttachmentMegabytes(10));
        assertTrue(Knowledge.encodedSize(3_000_000) > 4_000_000);
        assertTrue(Knowledge.messageSize(1) > Knowledge.encodedSize(1));
        assertTrue(Knowledge.largestAttachment(2_000_000) < 2_000_000);
        assertEquals(List.of("knowledge.address.comma"),
                Knowledge.checkAddress("taro@example,jp").stream().map(AddressFinding::key).filter(key -> key.endsWith("comma")).toList());
        Advice advice = knowledge.adviseFragment("552 5.2.2 mailbox full");
        DeliveryFailure failure = new DeliveryFailure("a@example.jp", null, new DeliveryStatus(5, 2, 2), new ReplyCode(552),
                Reason.MAILBOX_FULL, false, "552 5.2.2 mailbox full", null, null, null, null, null, null, null, null, advice);
        assertEquals(KnowledgeEntry.ListAdvice.KEEP, Knowledge.listDecision(failure, advice).action());
    }

    @Test
    void anEntryIsLocalisedForTheCommandLineAndTheApi() {
        KnowledgeEntry.Localized english = knowledge.find("reason-mailboxfull").orElseThrow().localized(Language.EN);
        assertEquals("reason-mailboxfull", english.id());
        assertEquals("recipient", english.whoActs());
        assertEquals(Boolean.TRUE, english.keepAddress());
        assertTrue(english.title().startsWith("The recipient"));
        KnowledgeEntry.Localized japanese = knowledge.find("general-permanent").orElseThrow().localized(Language.JA);
        assertEquals(null, japanese.keepAddress());
        assertEquals("you", japanese.whoActs());
        assertFalse(japanese.steps().isEmpty());
    }

    @Test
    void languagesAreReadFromTagsAndLocales() {
        assertEquals(Language.EN, Language.find("en-US").orElseThrow());
        assertEquals(Language.JA, Language.find("ja").orElseThrow());
        assertTrue(Language.find("fr").isEmpty());
        assertEquals(Language.JA, Language.of(java.util.Locale.GERMAN));
        assertEquals(Language.EN, Language.of(java.util.Locale.ENGLISH));
    }
}
