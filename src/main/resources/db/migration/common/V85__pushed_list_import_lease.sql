-- Which process runs a queued or running list, and when it last said it is alive. Several processes
-- share the database (app nodes, a restart beside the old one): a list is failed as interrupted only
-- when its process has stopped renewing the lease, never because another process started.
ALTER TABLE pushed_list ADD COLUMN worker VARCHAR(36);
ALTER TABLE pushed_list ADD COLUMN worker_seen_at TIMESTAMP WITH TIME ZONE;
