-- The W3C trace context of the request that recorded the event: the relay sends it as the record's traceparent
-- header, so one trace follows an article from its upload to its page.
ALTER TABLE outbox ADD COLUMN trace_parent VARCHAR(64);
