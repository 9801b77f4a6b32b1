package org.rotative.ingest.article;

import java.util.Collection;

/**
 * A query condition on one property against a list of values. Hibernate caches the SQL it makes of a query, except
 * for a query with a list parameter ({@code in ?1}), which it translates again on every call. A single upload, the
 * path whose latency counts, asks for one value: that is asked with {@code = ?1}, whose SQL is cached.
 *
 * @param property the property, as the query names it ({@code id}, {@code r.articleId})
 * @param values   the values it may take
 */
record ValueList(String property, Collection<?> values) {

    /** {@code property = ?1} or {@code property in ?1}. */
    String condition() {
        return property + (values.size() == 1 ? " = ?1" : " in ?1");
    }

    /** The value of {@code ?1} that goes with {@link #condition()}. */
    Object parameter() {
        return values.size() == 1 ? values.iterator().next() : values;
    }
}
