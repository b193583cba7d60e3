-- A report looks for a likely duplicate: an open task of its type on its unit created within the last day. Without
-- this index it read every task ever created on the unit (the code prefix index) and sorted them.
create index task_view_open_on_unit on task_view (code, type_code, created_at)
    where status not in ('CLOSED', 'CANCELLED');
