package org.rotative.media.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.MediaChecked;
import org.rotative.contract.event.MediaChecked.ImageDimensions;
import org.rotative.media.RefusedRequestException;
import org.rotative.media.metadata.ImageMetadata;
import org.rotative.media.metadata.ImageMetadataService;
import org.rotative.media.storage.ImageStore;
import org.rotative.media.storage.StoredFile;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Tells which of an article's images the service can serve, and how large they are. */
@Singleton
public class MediaChecker {

    /** Reads (and records) an image's metadata. */
    @FunctionalInterface
    public interface Describer {
        ImageMetadata describe(StoredFile file) throws IOException;
    }

    /**
     * The event, and the images that exist and could be read (those whose variants can be made).
     *
     * @param event    what is published
     * @param readable the stored images with dimensions, in the article's order
     */
    public record Result(MediaChecked event, List<StoredFile> readable) {
    }

    private final ImageStore store;
    private final Describer describer;

    @Inject
    public MediaChecker(ImageStore store, ImageMetadataService metadata) {
        this(store, metadata::describe);
    }

    public MediaChecker(ImageStore store, Describer describer) {
        this.store = store;
        this.describer = describer;
    }

    /**
     * The article's images, those missing from the store (or not validly encoded), and the displayed size of the
     * others. An image that exists but cannot be decoded is not missing; it just has no size.
     *
     * @throws IOException when the store fails: the check is retried rather than reporting images missing
     */
    public Result check(ArticleParsed article) throws IOException {
        List<ImageReference> references = ImageReferences.of(article.frontMatter(), article.body());
        List<String> missing = new ArrayList<>();
        List<ImageDimensions> dimensions = new ArrayList<>();
        List<StoredFile> readable = new ArrayList<>();
        for (ImageReference reference : references) {
            Optional<StoredFile> file = reference.key() == null ? Optional.empty() : store.find(reference.key());
            if (file.isEmpty()) {
                missing.add(reference.path());
                continue;
            }
            try {
                ImageMetadata metadata = describer.describe(file.get());
                dimensions.add(new ImageDimensions(reference.path(), metadata.width(), metadata.height()));
                readable.add(file.get());
            } catch (RefusedRequestException e) {
                // An SVG, or a damaged or hostile file: served as it is, it has no pixel size to report.
            }
        }
        return new Result(new MediaChecked(article.articleId(), article.revision(), article.sequence(),
                references.stream().map(ImageReference::path).toList(), List.copyOf(missing),
                List.copyOf(dimensions)), List.copyOf(readable));
    }
}
