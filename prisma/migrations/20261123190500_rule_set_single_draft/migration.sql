-- One draft rule set at a time, enforced where two concurrent "create draft" requests cannot both pass: with READ
-- COMMITTED, each can see no draft yet and still pick different version numbers. Partial indexes are outside
-- Prisma's schema language, so this one lives here only (the diff leaves it alone).
CREATE UNIQUE INDEX "CommissionRuleSet_single_draft_key" ON "CommissionRuleSet"("status") WHERE "status" = 'DRAFT';
