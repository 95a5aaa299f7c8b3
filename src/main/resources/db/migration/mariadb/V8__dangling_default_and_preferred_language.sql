-- Issue 15. The dangling threshold follows the idle timeout (half of it) until a manager sets one: NULL means
-- "the default". The old fixed default of 60 minutes never let a session dangle under the default 30-minute idle
-- timeout, so a 60 that no manager chose (no recorded change of it) becomes the default.
ALTER TABLE site_limits MODIFY dangling_minutes BIGINT NULL;
UPDATE site_limits SET dangling_minutes = NULL
 WHERE dangling_minutes = 60
   AND NOT EXISTS (SELECT 1 FROM limit_change WHERE setting = 'danglingMinutes');

-- The language a person picked (en, de, fr); NULL: their browser's.
ALTER TABLE account ADD COLUMN preferred_language VARCHAR(8);
