-- One open task per record another module handed over (a shift's gap): the key is set while the task is
-- open and cleared when it is done or refused, so two gap events of one shift arriving at once store one
-- task, and a gap reopened after its task closed gets a new one. Tasks dispatched by hand have none.
ALTER TABLE command_task ADD COLUMN open_source_key VARCHAR(40);
UPDATE command_task SET open_source_key = source || ':' || source_id
  WHERE source IS NOT NULL AND status IN ('DISPATCHED', 'RECEIVED', 'IN_PROGRESS')
    AND id IN (SELECT MIN(id) FROM command_task WHERE source IS NOT NULL
               AND status IN ('DISPATCHED', 'RECEIVED', 'IN_PROGRESS') GROUP BY source, source_id);
CREATE UNIQUE INDEX command_task_open_source_key ON command_task (open_source_key);
