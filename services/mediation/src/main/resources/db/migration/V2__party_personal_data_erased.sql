-- When a party's personal data was erased (PIPL): the masked forms are cleared from the row at the same time.
alter table case_party add column personal_data_erased_at timestamptz;
