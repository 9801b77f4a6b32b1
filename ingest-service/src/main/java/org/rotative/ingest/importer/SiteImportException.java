package org.rotative.ingest.importer;

/** A site folder that cannot be imported at all (no folder, unreadable {@code _config.yml}). */
public class SiteImportException extends RuntimeException {

    public SiteImportException(String message) {
        super(message);
    }
}
