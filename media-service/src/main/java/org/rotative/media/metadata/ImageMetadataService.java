package org.rotative.media.metadata;

import java.io.IOException;
import java.time.Instant;

import org.hibernate.Session;
import org.rotative.media.resize.ImageInfo;
import org.rotative.media.resize.ImageRejectedException;
import org.rotative.media.resize.ImageResizer;
import org.rotative.media.storage.ContentHashes;
import org.rotative.media.storage.StoredFile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The metadata of uploads, recorded in PostgreSQL per file version: read again (header and SHA-256) only when the
 * file changed.
 */
@ApplicationScoped
public class ImageMetadataService {

    @Inject
    ImageResizer resizer;
    @Inject
    ContentHashes hashes;

    /**
     * The file's metadata, recorded if it was not yet for this version.
     *
     * @throws ImageRejectedException 415 or 422 when the file is no image this service can read
     * @throws IOException            when the store fails
     */
    @Transactional
    public ImageMetadata describe(StoredFile file) throws IOException {
        ImageRecord record = ImageRecord.findById(file.key());
        if (record != null && record.version.equals(file.version())) {
            return ImageMetadata.of(record);
        }
        ImageInfo info = resizer.describe(file);
        String sha256 = hashes.sha256(file);
        if (file.key().length() <= ImageRecord.MAX_PATH_LENGTH) {
            // An upsert: the consumer and an API request may record the same new file at the same time.
            ImageRecord.getEntityManager().unwrap(Session.class).createMutationQuery("""
                    insert into ImageRecord (path, version, width, height, bytes, sha256, format, recordedAt)
                    values (:path, :version, :width, :height, :bytes, :sha256, :format, :recordedAt)
                    on conflict (path) do update set version = excluded.version, width = excluded.width,
                        height = excluded.height, bytes = excluded.bytes, sha256 = excluded.sha256,
                        format = excluded.format, recordedAt = excluded.recordedAt""")
                    .setParameter("path", file.key()).setParameter("version", file.version())
                    .setParameter("width", info.width()).setParameter("height", info.height())
                    .setParameter("bytes", file.size()).setParameter("sha256", sha256)
                    .setParameter("format", info.format()).setParameter("recordedAt", Instant.now())
                    .executeUpdate();
        }
        return new ImageMetadata("/uploads/" + file.key(), info.width(), info.height(), file.size(), sha256,
                info.format());
    }
}
