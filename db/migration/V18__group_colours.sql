-- Issue 23 part 3: a composition group's colour, printed as the band of its delegates' cards.
-- '#RRGGBB'; NULL means the readable palette's colour for the group's position (delegate.GroupColours).
ALTER TABLE composition_group ADD COLUMN colour CHAR(7) NULL;
