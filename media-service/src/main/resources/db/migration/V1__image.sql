-- What the media service knows of each upload it has read: the metadata of GET /api/images/{path} and of the
-- width/height in MediaChecked events.
CREATE TABLE image (
    -- Store key: the decoded path below /uploads/.
    path         VARCHAR(1024) PRIMARY KEY,
    -- The stored file's version (modification time and size) these values were read from.
    version      VARCHAR(64)   NOT NULL,
    -- Pixels as displayed (Exif orientation applied).
    width        INTEGER       NOT NULL,
    height       INTEGER       NOT NULL,
    bytes        BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    -- The decoder's name for the format: jpeg, png, gif, webp…
    format       VARCHAR(16)   NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
