package org.rotative.media.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.MediaChecked;
import org.rotative.media.storage.ImageStore;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Tells which of an article's images the service can serve. */
@Singleton
public class MediaChecker {

    private final ImageStore store;

    @Inject
    public MediaChecker(ImageStore store) {
        this.store = store;
    }

    /**
     * The article's images and those missing from the store (or not validly encoded).
     *
     * @throws IOException when the store fails: the check is retried rather than reporting images missing
     */
    public MediaChecked check(ArticleParsed article) throws IOException {
        List<ImageReference> references = ImageReferences.of(article.frontMatter(), article.body());
        List<String> missing = new ArrayList<>();
        for (ImageReference reference : references) {
            if (reference.key() == null || store.find(reference.key()).isEmpty()) {
                missing.add(reference.path());
            }
        }
        return new MediaChecked(article.articleId(), article.revision(),
                references.stream().map(ImageReference::path).toList(), List.copyOf(missing));
    }
}
