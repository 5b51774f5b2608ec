import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { recordAuditEvent } from "./record-audit-event";

let eventId: bigint;
let actorId: string;

beforeAll(async () => {
  const actor = await db.user.create({ data: { email: "auditor@audit.test", name: "Auditor", role: "ADMIN" } });
  actorId = actor.id;
  const event = await recordAuditEvent({ actor, action: "test.recorded", entityType: "Test", entityId: "1", after: { n: 1 } });
  eventId = event.id;
});

describe("AuditEvent is append-only (database trigger)", () => {
  test("inserting and reading work", async () => {
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ action: "test.recorded", actorId });
  });

  test.each([
    ["UPDATE", () => db.auditEvent.update({ where: { id: eventId }, data: { action: "test.altered" } })],
    ["DELETE", () => db.auditEvent.delete({ where: { id: eventId } })],
    ["DELETE", () => db.auditEvent.deleteMany()],
    ["UPDATE", () => db.$executeRaw`UPDATE "AuditEvent" SET "after" = '{}'::jsonb`],
    ["TRUNCATE", () => db.$executeRaw`TRUNCATE "AuditEvent"`],
  ])("%s is refused with the trigger's error", async (operation, attempt) => {
    await expect(attempt()).rejects.toThrow(`AuditEvent is append-only: ${operation} is not allowed`);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ action: "test.recorded", after: { n: 1 } });
  });

  test("a user with audit events cannot be deleted (the foreign key would rewrite them); deactivation is the way", async () => {
    await expect(db.user.delete({ where: { id: actorId } })).rejects.toThrow("AuditEvent is append-only: UPDATE is not allowed");
    expect(await db.user.update({ where: { id: actorId }, data: { active: false } })).toMatchObject({ active: false });
  });
});
