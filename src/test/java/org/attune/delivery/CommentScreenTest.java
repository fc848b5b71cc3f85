package org.attune.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The screen a parent's comment goes through before it is stored. */
class CommentScreenTest {

    @Test
    void emailAddressesAreRemovedIncludingSpelledOutAts() {
        assertEquals(
                "Email me at [e-mail removed] please",
                CommentScreen.screen("Email me at jo.bloggs+x@mail.co.uk please"));
        assertEquals("or [e-mail removed]", CommentScreen.screen("or jo (at) example . org"));
    }

    @Test
    void ukPhoneNumbersInTheirUsualShapesAreRemoved() {
        assertEquals("call [phone number removed] anytime", CommentScreen.screen("call 07700 900123 anytime"));
        assertEquals("[phone number removed]", CommentScreen.screen("+44 (0)20 7946 0958"));
        assertEquals("ring [phone number removed].", CommentScreen.screen("ring 029-2018-0123."));
    }

    @Test
    void ordinaryNumbersAndDatesStay() {
        assertEquals(
                "Week 3 of 6, my baby is 12 weeks old, 2027-03-01",
                CommentScreen.screen("Week 3 of 6, my baby is 12 weeks old, 2027-03-01"));
    }

    @Test
    void swearWordsAreStarredOutButWordsContainingThemStay() {
        assertEquals(
                "That was **** hard but the scrap paper helped",
                CommentScreen.screen("That was shit hard but the scrap paper helped"));
        assertEquals("**** off, said my toddler", CommentScreen.screen("Piss off, said my toddler"));
        assertEquals("Scunthorpe class", CommentScreen.screen("Scunthorpe class"));
    }

    @Test
    void blankCommentsAreNotKept() {
        assertNull(CommentScreen.screen("   "));
        assertNull(CommentScreen.screen(null));
    }
}
