import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createInvoiceInReview } from "@/lib/testing/create-invoice-in-review";
import { createTestUser } from "@/lib/testing/create-test-user";
import { breakReviewLock } from "./break-review-lock";
import { claimReviewLock } from "./claim-review-lock";
import { findAdjacentReviewInvoices } from "./find-adjacent-review-invoices";
import { findReviewQueue } from "./find-review-queue";
import { releaseReviewLock } from "./release-review-lock";
import { REVIEW_LOCK_TTL_SECONDS } from "./schemas";

let ana: { id: string; email: string };
let beto: { id: string; email: string };
let admin: { id: string; email: string };

beforeAll(async () => {
  [ana, beto, admin] = await Promise.all([
    createTestUser({ email: "ana@lock.test", role: "OPERATOR" }),
    createTestUser({ email: "beto@lock.test", role: "OPERATOR" }),
    createTestUser({ email: "admin@lock.test", role: "ADMIN" }),
  ]);
});

const minutesFrom = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe("review locks", () => {
  it("of many concurrent claims exactly one wins; the others learn who holds it", async () => {
    const invoice = await createInvoiceInReview();
    const claimants = [ana, beto, ana, beto, admin, beto];
    const results = await Promise.allSettled(claimants.map((user) => claimReviewLock({ invoiceId: invoice.id, user })));
    const winners = new Set(results.flatMap((result) => (result.status === "fulfilled" ? [result.value.lockedBy?.email] : [])));
    expect(winners.size).toBe(1);
    const [holder] = [...winners];
    for (const result of results) {
      if (result.status === "rejected") {
        expect(result.reason).toMatchObject({ code: "REVIEW_LOCKED", status: 409, message: `La factura está en revisión por ${holder}.` });
      }
    }
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id }, select: { reviewLockedBy: { select: { email: true } } } });
    expect(stored.reviewLockedBy?.email).toBe(holder);
  });

  it("renewing keeps the lock's start; it lapses after the time to live without a heartbeat, and another operator takes it", async () => {
    const invoice = await createInvoiceInReview();
    const start = new Date("2026-12-02T15:00:00Z");
    const taken = await claimReviewLock({ invoiceId: invoice.id, user: ana, now: start });
    const renewed = await claimReviewLock({ invoiceId: invoice.id, user: ana, now: minutesFrom(start, 4) });
    expect(renewed.lockedBy).toMatchObject({ email: ana.email, lockedAt: taken.lockedBy?.lockedAt, expiresAt: minutesFrom(start, 9).toISOString() });

    await expect(claimReviewLock({ invoiceId: invoice.id, user: beto, now: minutesFrom(start, 8.9) })).rejects.toMatchObject({ code: "REVIEW_LOCKED" });
    const lapsedAt = minutesFrom(start, 4 + REVIEW_LOCK_TTL_SECONDS / 60 + 0.1);
    const queue = await findReviewQueue({ page: 1, pageSize: 100, now: lapsedAt });
    expect(queue.items.find((item) => item.id === invoice.id)?.lockedBy).toBeNull();
    const stolen = await claimReviewLock({ invoiceId: invoice.id, user: beto, now: lapsedAt });
    expect(stolen.lockedBy).toMatchObject({ email: beto.email, lockedAt: lapsedAt.toISOString() });
    await expect(claimReviewLock({ invoiceId: invoice.id, user: ana, now: minutesFrom(lapsedAt, 1) })).rejects.toMatchObject({
      code: "REVIEW_LOCKED",
      details: { lockedBy: { email: beto.email } },
    });
  });

  it("release frees the lock only for its holder; an Admin breaks anyone's, audited", async () => {
    const invoice = await createInvoiceInReview();
    await claimReviewLock({ invoiceId: invoice.id, user: ana });
    expect(await releaseReviewLock({ invoiceId: invoice.id, userId: beto.id })).toEqual({ released: false });
    await expect(claimReviewLock({ invoiceId: invoice.id, user: beto })).rejects.toMatchObject({ code: "REVIEW_LOCKED" });

    expect(await breakReviewLock({ invoiceId: invoice.id, admin })).toEqual({ invoiceId: invoice.id, lockedBy: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: invoice.id, action: "invoice.review-lock-broken" } });
    expect(audit).toMatchObject({ actorEmail: admin.email, before: { lockedById: ana.id, lockedByEmail: ana.email } });
    expect((await claimReviewLock({ invoiceId: invoice.id, user: beto })).lockedBy?.email).toBe(beto.email);
    expect(await releaseReviewLock({ invoiceId: invoice.id, userId: beto.id })).toEqual({ released: true });
    expect((await claimReviewLock({ invoiceId: invoice.id, user: ana })).lockedBy?.email).toBe(ana.email);
  });

  it("only invoices in review can be locked", async () => {
    const invoice = await createInvoiceInReview();
    await db.invoice.update({ where: { id: invoice.id }, data: { status: "APPROVED" } });
    await expect(claimReviewLock({ invoiceId: invoice.id, user: ana })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(claimReviewLock({ invoiceId: "00000000-0000-4000-8000-000000000000", user: ana })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("review queue", () => {
  it("lists urgent invoices first, then oldest first, and J/K walk that order", async () => {
    await db.invoice.updateMany({ where: { status: "NEEDS_REVIEW" }, data: { status: "REJECTED" } });
    const base = new Date("2026-11-20T12:00:00Z");
    const old = await createInvoiceInReview({ createdAt: minutesFrom(base, 0) });
    const recentUrgent = await createInvoiceInReview({ createdAt: minutesFrom(base, 30), urgent: true });
    const newer = await createInvoiceInReview({ createdAt: minutesFrom(base, 10) });
    const oldUrgent = await createInvoiceInReview({ createdAt: minutesFrom(base, 20), urgent: true });
    await claimReviewLock({ invoiceId: newer.id, user: beto });

    const queue = await findReviewQueue({ page: 1, pageSize: 10 });
    expect(queue.items.map((item) => item.id)).toEqual([oldUrgent.id, recentUrgent.id, old.id, newer.id]);
    expect(queue.items.map((item) => item.lockedBy?.email ?? null)).toEqual([null, null, null, beto.email]);
    expect(queue.total).toBe(4);

    expect(await findAdjacentReviewInvoices({ invoiceId: oldUrgent.id })).toEqual({ previousId: null, nextId: recentUrgent.id });
    expect(await findAdjacentReviewInvoices({ invoiceId: recentUrgent.id })).toEqual({ previousId: oldUrgent.id, nextId: old.id });
    expect(await findAdjacentReviewInvoices({ invoiceId: old.id })).toEqual({ previousId: recentUrgent.id, nextId: newer.id });
    expect(await findAdjacentReviewInvoices({ invoiceId: newer.id })).toEqual({ previousId: old.id, nextId: null });
  });
});
