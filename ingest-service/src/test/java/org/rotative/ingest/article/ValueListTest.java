package org.rotative.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ValueListTest {

    @Test
    void oneValueIsAnEqualityWithThatValue() {
        ValueList one = new ValueList("a.permalink", Set.of("/actualites/une/"));
        assertEquals("a.permalink = ?1", one.condition());
        assertEquals("/actualites/une/", one.parameter());
    }

    @Test
    void severalValuesAreAnInListOfThem() {
        List<String> ids = List.of("une", "deux");
        ValueList several = new ValueList("id", ids);
        assertEquals("id in ?1", several.condition());
        assertEquals(ids, several.parameter());
    }
}
