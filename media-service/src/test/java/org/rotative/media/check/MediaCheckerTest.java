package org.rotative.media.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rotative.contract.event.ArticleParsed;
import org.rotative.contract.event.MediaChecked;
import org.rotative.contract.event.MediaChecked.ImageDimensions;
import org.rotative.media.Shared;
import org.rotative.media.TestConfig;
import org.rotative.media.metadata.ImageMetadata;
import org.rotative.media.resize.ImageInfo;
import org.rotative.media.resize.ImageResizer;
import org.rotative.media.storage.FileSystemImageStore;

class MediaCheckerTest {

    private final ImageResizer resizer = new ImageResizer(TestConfig.media());
    private final MediaChecker checker = new MediaChecker(new FileSystemImageStore(Shared.UPLOADS), file -> {
        ImageInfo info = resizer.describe(file);
        return new ImageMetadata("/uploads/" + file.key(), info.width(), info.height(), file.size(), "-",
                info.format());
    });

    @Test
    void reportsEveryImageAndThoseTheStoreCannotServe() throws IOException {
        ArticleParsed article = new ArticleParsed("actualites/test", "rev-1", 4, "actualites",
                "_actualites/test.markdown", "/actualites/test/", "Test", null, List.of(), List.of(),
                Map.of("une-ou-diaporama", List.of(Map.of("image", "/uploads/kleiber.jpg"))),
                """
                ![Un orage](/uploads/storm.jpg) and again <img src="/uploads/storm.jpg"/>
                ![gone](/uploads/nope.png)
                ![outside the root](/uploads/../bad/truncated.jpg)
                ![badly encoded](/uploads/bad%zz.jpg)
                """, true);
        MediaChecker.Result result = checker.check(article);
        MediaChecked checked = result.event();
        assertEquals("actualites/test", checked.articleId());
        assertEquals("rev-1", checked.revision());
        assertEquals(4, checked.sequence());
        assertEquals(List.of("/uploads/kleiber.jpg", "/uploads/storm.jpg", "/uploads/nope.png",
                "/uploads/../bad/truncated.jpg", "/uploads/bad%zz.jpg"), checked.images());
        assertEquals(List.of("/uploads/nope.png", "/uploads/../bad/truncated.jpg", "/uploads/bad%zz.jpg"),
                checked.missing());
        assertEquals(List.of(new ImageDimensions("/uploads/kleiber.jpg", 6028, 3391),
                new ImageDimensions("/uploads/storm.jpg", 1920, 1280)), checked.dimensions());
        assertEquals(List.of("kleiber.jpg", "storm.jpg"), result.readable().stream().map(f -> f.key()).toList());
    }

    @Test
    void anArticleWithoutImages() throws IOException {
        MediaChecked checked = checker.check(new ArticleParsed("posts/x", "r", 1, "posts", "_posts/x.md", "/x/",
                "X", null, List.of(), List.of(), Map.of(), "No image here.", true)).event();
        assertEquals(List.of(), checked.images());
        assertEquals(List.of(), checked.missing());
        assertEquals(List.of(), checked.dimensions());
    }
}
