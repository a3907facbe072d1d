-- Claim look-ups at the scale of a whole dataset import (blocwatch bench kb, COW IGO v3: 19,000 spans).
-- "status SUBJECT ORG" filters on type, object and subject. With V1's indexes SQLite chose
-- claim_by_subject and scanned every claim of the subject (FRA: 270) to find the few in one
-- organisation. This index finds the pair directly; "members ORG" uses its (type, object)
-- prefix, which makes claim_by_object redundant. Portable SQL (SQLite and PostgreSQL).
CREATE INDEX claim_by_pair ON claim(type, object, subject);
DROP INDEX claim_by_object;
