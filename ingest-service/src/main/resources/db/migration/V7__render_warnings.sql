-- What the render service reported it could not render as written (an unknown Liquid tag…), for the status page.
ALTER TABLE article ADD COLUMN render_warnings JSONB NOT NULL DEFAULT '[]';
