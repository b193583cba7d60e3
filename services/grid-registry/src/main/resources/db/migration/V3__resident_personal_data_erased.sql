-- When a resident's personal data was erased (PIPL): the masked forms are cleared from the row at the same time.
alter table resident_view add column personal_data_erased_at timestamptz;
