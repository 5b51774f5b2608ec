import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seedCatalog } from "@/lib/seed/seed-catalog";
import { seedClassifications } from "@/lib/seed/seed-classifications";
import { seedRuleSetV1 } from "@/lib/seed/seed-rule-sets";
import { createDraftRuleSet } from "./create-draft-rule-set";
import { deleteDraftRuleSet } from "./delete-draft-rule-set";
import { getRuleSet } from "./get-rule-set";
import { listProductCategories } from "./list-product-categories";
import { listRuleSets } from "./list-rule-sets";
import { publishRuleSet } from "./publish-rule-set";
import type { TRuleSetDetail, TRuleSetDraftInputIn } from "./schemas";
import { toRuleSetWriteError } from "./to-rule-set-write-error";
import { updateDraftRuleSet } from "./update-draft-rule-set";

let actor: { id: string; email: string };
let auditMark: bigint;
const NOW = new Date("2026-11-23T18:00:00Z");

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
};

const draftContent = (detail: TRuleSetDetail): TRuleSetDraftInputIn => ({
  description: detail.description,
  feeRateBps: detail.feeRateBps,
  feeMin: detail.feeMin,
  feeMax: detail.feeMax,
  commissionRateBps: detail.commissionRateBps,
  commissionMin: detail.commissionMin,
  commissionMax: detail.commissionMax,
  maxInvoiceAgeDays: detail.maxInvoiceAgeDays,
  rules: [],
});

beforeAll(async () => {
  await seedClassifications();
  await seedCatalog({ count: 400, seed: 7 });
  const user = await db.user.create({ data: { email: "admin@reglas.test", name: "Ana Admin", role: "ADMIN" } });
  actor = { id: user.id, email: user.email };
});

beforeEach(async () => {
  // Audit events are append-only (trigger): each test reads only the events after this mark.
  auditMark = (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? BigInt(0);
  // Published sets cannot be deleted (trigger); each test starts from a fresh v1 in a clean table.
  await db.$executeRawUnsafe('ALTER TABLE "CommissionRuleSet" DISABLE TRIGGER commission_rule_set_immutable');
  await db.$executeRawUnsafe('ALTER TABLE "CommissionRule" DISABLE TRIGGER commission_rule_immutable');
  await db.commissionRuleSet.deleteMany();
  await db.$executeRawUnsafe('ALTER TABLE "CommissionRuleSet" ENABLE TRIGGER commission_rule_set_immutable');
  await db.$executeRawUnsafe('ALTER TABLE "CommissionRule" ENABLE TRIGGER commission_rule_immutable');
  await seedRuleSetV1();
});

describe("draft lifecycle", () => {
  test("a draft copies the published version, takes the next number, and only one exists at a time", async () => {
    const draft = await createDraftRuleSet({ actor });
    expect(draft).toMatchObject({
      version: 2,
      status: "DRAFT",
      basedOnVersion: 1,
      effectiveFrom: null,
      feeRateBps: 30,
      feeMin: "10000.00",
      commissionMax: "5000000.00",
      createdBy: { email: "admin@reglas.test" },
    });
    expect(draft.rules.map((rule) => rule.kind).sort()).toEqual(["AMOUNT_BRACKET", "CLASSIFICATION_RATE"]);

    const second = await rejection(createDraftRuleSet({ actor }));
    expect(second.code).toBe("CONFLICT");
    expect(second.message).toMatch(/Ya hay un borrador \(versión 2\)/);

    const list = await listRuleSets();
    expect(list.map((item) => [item.version, item.status, item.inForce])).toEqual([
      [2, "DRAFT", false],
      [1, "PUBLISHED", true],
    ]);
    expect(list[1]?.ruleCount).toBe(2);
  });

  test("editing replaces fields and rules; a stale save is a CONFLICT", async () => {
    const draft = await createDraftRuleSet({ actor });
    const updated = await updateDraftRuleSet({
      id: draft.id,
      expectedUpdatedAt: draft.updatedAt,
      actor,
      draft: {
        ...draftContent(draft),
        feeRateBps: 35,
        rules: [
          { kind: "AMOUNT_BRACKET", minAmount: "0", maxAmount: "100000000", feeRateBps: 40, commissionRateBps: null },
          { kind: "CATEGORY_RATE", category: "Cereales", feeRateBps: null, commissionRateBps: 12 },
        ],
      },
    });
    expect(updated.feeRateBps).toBe(35);
    expect(updated.rules).toEqual([
      { kind: "AMOUNT_BRACKET", classificationCode: null, category: null, minAmount: "0.00", maxAmount: "100000000.00", feeRateBps: 40, commissionRateBps: null },
      { kind: "CATEGORY_RATE", classificationCode: null, category: "Cereales", minAmount: null, maxAmount: null, feeRateBps: null, commissionRateBps: 12 },
    ]);
    expect(await getRuleSet({ id: draft.id })).toEqual(updated);

    const stale = await rejection(
      updateDraftRuleSet({ id: draft.id, expectedUpdatedAt: draft.updatedAt, actor, draft: draftContent(draft) }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/Otra persona guardó cambios/);
    expect((await getRuleSet({ id: draft.id })).feeRateBps).toBe(35);
  });

  test("the database checks answer as field errors: unknown or ineligible classification, unknown category", async () => {
    const draft = await createDraftRuleSet({ actor });
    const error = await rejection(
      updateDraftRuleSet({
        id: draft.id,
        expectedUpdatedAt: draft.updatedAt,
        actor,
        draft: {
          ...draftContent(draft),
          rules: [
            { kind: "CLASSIFICATION_RATE", classificationCode: "0999.99", feeRateBps: 20, commissionRateBps: null },
            { kind: "CLASSIFICATION_RATE", classificationCode: "1905.90", feeRateBps: 20, commissionRateBps: null },
            { kind: "CLASSIFICATION_RATE", classificationCode: "0901.11", feeRateBps: 20, commissionRateBps: null },
            { kind: "CATEGORY_RATE", category: "Juguetes", feeRateBps: 20, commissionRateBps: null },
          ],
        },
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details).toEqual([
      { path: "rules.0.classificationCode", message: "La clasificación DIAN 0999.99 no existe" },
      { path: "rules.1.classificationCode", message: expect.stringMatching(/1905.90 no es elegible/) as unknown },
      { path: "rules.3.category", message: "Ningún producto del catálogo tiene la categoría «Juguetes»" },
    ]);
    // Nothing was written.
    expect((await getRuleSet({ id: draft.id })).updatedAt).toBe(draft.updatedAt);
  });

  test("schema errors come back as field errors too", async () => {
    const draft = await createDraftRuleSet({ actor });
    const error = await rejection(
      updateDraftRuleSet({ id: draft.id, expectedUpdatedAt: draft.updatedAt, actor, draft: { ...draftContent(draft), feeMin: "abc" } }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details).toEqual([{ path: "feeMin", message: expect.stringMatching(/pesos enteros/) as unknown }]);
  });

  test("categories are read from the catalog's (classification, category) index", async () => {
    const categories = await listProductCategories();
    const distinct = await db.product.findMany({ distinct: ["category"], select: { category: true }, orderBy: { category: "asc" } });
    expect(categories).toEqual(distinct.map((row) => row.category));
    expect(categories).toContain("Cereales");
  });

  test("publishing: the past is refused, a published version is immutable, and the next draft builds on it", async () => {
    const draft = await createDraftRuleSet({ actor });
    const yesterday = await rejection(
      publishRuleSet({ id: draft.id, effectiveFrom: "2026-11-22", expectedUpdatedAt: draft.updatedAt, actor, now: NOW }),
    );
    expect(yesterday.code).toBe("INVALID_INPUT");
    expect(yesterday.details).toEqual([{ path: "effectiveFrom", message: "La fecha efectiva no puede ser anterior a hoy (23/11/2026)." }]);

    // 23:30 in Bogotá is already the 24th in UTC; "today" is still the 23rd.
    const lateEvening = new Date("2026-11-24T04:30:00Z");
    const published = await publishRuleSet({
      id: draft.id,
      effectiveFrom: "2026-12-01",
      expectedUpdatedAt: draft.updatedAt,
      actor,
      now: lateEvening,
    });
    expect(published).toMatchObject({
      status: "PUBLISHED",
      effectiveFrom: "2026-12-01",
      inForce: false,
      publishedAt: lateEvening.toISOString(),
      publishedBy: { email: "admin@reglas.test" },
    });

    const again = await rejection(
      publishRuleSet({ id: draft.id, effectiveFrom: "2026-12-02", expectedUpdatedAt: published.updatedAt, actor, now: NOW }),
    );
    expect(again.code).toBe("CONFLICT");
    const edit = await rejection(
      updateDraftRuleSet({ id: draft.id, expectedUpdatedAt: published.updatedAt, actor, draft: draftContent(published) }),
    );
    expect(edit.code).toBe("CONFLICT");
    expect(edit.message).toMatch(/ya está publicada/);
    expect((await rejection(deleteDraftRuleSet({ id: draft.id, actor }))).code).toBe("CONFLICT");

    // Version 3 is copied from the scheduled version 2 and cannot take effect before it.
    const next = await createDraftRuleSet({ actor });
    expect(next).toMatchObject({ version: 3, basedOnVersion: 2 });
    const beforeV2 = await rejection(
      publishRuleSet({ id: next.id, effectiveFrom: "2026-11-30", expectedUpdatedAt: next.updatedAt, actor, now: NOW }),
    );
    expect(beforeV2.details).toEqual([
      { path: "effectiveFrom", message: "La fecha efectiva no puede ser anterior a la de la versión 2 (01/12/2026)." },
    ]);
  });

  test("the trigger's refusal, should a write race past the checks, reads as CONFLICT", async () => {
    const v1 = await db.commissionRuleSet.findUniqueOrThrow({ where: { version: 1 } });
    const raw = await db.commissionRuleSet.update({ where: { id: v1.id }, data: { feeRateBps: 99 } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(raw).not.toBeNull();
    const mapped = toRuleSetWriteError(raw);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe("CONFLICT");
    const rawRule = await db.commissionRule.create({ data: { ruleSetId: v1.id, kind: "CATEGORY_RATE", category: "Cereales", feeRateBps: 1 } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect((toRuleSetWriteError(rawRule) as AppError).code).toBe("CONFLICT");
  });

  test("two drafts created at once: one wins, the other is a CONFLICT", async () => {
    const results = await Promise.allSettled([createDraftRuleSet({ actor }), createDraftRuleSet({ actor })]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failure = results.find((result) => result.status === "rejected");
    expect((failure?.reason as AppError).code).toBe("CONFLICT");
    expect((await listRuleSets()).filter((item) => item.status === "DRAFT")).toHaveLength(1);
  });

  test("two saves from the same loaded version: the second is a CONFLICT, the first is kept", async () => {
    const draft = await createDraftRuleSet({ actor });
    const save = (feeRateBps: number) =>
      updateDraftRuleSet({ id: draft.id, expectedUpdatedAt: draft.updatedAt, actor, draft: { ...draftContent(draft), feeRateBps } });
    const results = await Promise.allSettled([save(41), save(42)]);
    const saved = results.flatMap((result) => (result.status === "fulfilled" ? [result.value.feeRateBps] : []));
    expect(saved).toHaveLength(1);
    const failure = results.find((result) => result.status === "rejected");
    expect((failure?.reason as AppError).code).toBe("CONFLICT");
    expect((await getRuleSet({ id: draft.id })).feeRateBps).toBe(saved[0]);
  });

  test("deleting a draft frees the slot for a new one", async () => {
    const draft = await createDraftRuleSet({ actor });
    expect(await deleteDraftRuleSet({ id: draft.id, actor })).toEqual({ id: draft.id, version: 2 });
    expect((await listRuleSets()).map((item) => item.version)).toEqual([1]);
    expect((await createDraftRuleSet({ actor })).version).toBe(2);
    expect((await rejection(getRuleSet({ id: draft.id }))).code).toBe("NOT_FOUND");
  });

  test("every change is audited with the version before and after", async () => {
    const draft = await createDraftRuleSet({ actor });
    const updated = await updateDraftRuleSet({
      id: draft.id,
      expectedUpdatedAt: draft.updatedAt,
      actor,
      draft: { ...draftContent(draft), feeRateBps: 40 },
    });
    await publishRuleSet({ id: draft.id, effectiveFrom: "2026-12-15", expectedUpdatedAt: updated.updatedAt, actor, now: NOW });
    const other = await createDraftRuleSet({ actor });
    await deleteDraftRuleSet({ id: other.id, actor });

    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" }, where: { entityType: "CommissionRuleSet", actorId: actor.id, id: { gt: auditMark } } });
    expect(events.map((event) => [event.action, event.entityId, event.actorEmail])).toEqual([
      ["commission-rule-set.draft-created", draft.id, "admin@reglas.test"],
      ["commission-rule-set.draft-updated", draft.id, "admin@reglas.test"],
      ["commission-rule-set.published", draft.id, "admin@reglas.test"],
      ["commission-rule-set.draft-created", other.id, "admin@reglas.test"],
      ["commission-rule-set.draft-deleted", other.id, "admin@reglas.test"],
    ]);
    const [created, edited, published, , deleted] = events;
    expect(created?.before).toBeNull();
    expect(created?.after).toMatchObject({ version: 2, status: "DRAFT", feeRateBps: 30 });
    expect(edited?.before).toMatchObject({ feeRateBps: 30 });
    expect(edited?.after).toMatchObject({ feeRateBps: 40 });
    expect(published?.before).toMatchObject({ status: "DRAFT", effectiveFrom: null });
    expect(published?.after).toMatchObject({ status: "PUBLISHED", effectiveFrom: "2026-12-15" });
    expect(deleted?.before).toMatchObject({ version: 3, status: "DRAFT" });
    expect(deleted?.after).toBeNull();
  });
});
