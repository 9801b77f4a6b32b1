package org.rotative.contract.event;

/**
 * A newsroom system submits or corrects an article: the raw file, as it would sit in the site's
 * {@code _<collection>} folder. Ingest reads it exactly like a file of a site import; a refused file is answered with
 * an {@link ArticleRejected} event. Schema: {@code schemas/article-submitted-v1.json}.
 *
 * @param collection collection name without underscore ({@code actualites})
 * @param fileName   file name in the collection folder ({@code mon-article.markdown}); it names the article
 * @param content    the whole file: front matter and Markdown body, UTF-8
 */
public record ArticleSubmitted(String collection, String fileName, String content) {
}
