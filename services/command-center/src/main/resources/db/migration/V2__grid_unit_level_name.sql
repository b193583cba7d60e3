-- A unit's level as the county names it (the demo county has seven levels, not the standard five): the name its
-- registry event carries, else the configured scheme's name for its level number (command.grid-levels).
alter table grid_unit add column level_name text;
