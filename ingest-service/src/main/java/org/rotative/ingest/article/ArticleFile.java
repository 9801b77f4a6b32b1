package org.rotative.ingest.article;

/**
 * A raw article file as submitted.
 *
 * @param collection       its collection, without underscore
 * @param pathInCollection its path below the collection folder ({@code foo.markdown}, {@code 2021/foo.md})
 * @param content          the bytes of the file
 */
public record ArticleFile(String collection, String pathInCollection, byte[] content) {

    /** Path of the file in its site, as Jekyll names it ({@code _actualites/foo.markdown}). */
    public String sourcePath() {
        return "_" + collection + "/" + pathInCollection;
    }
}
