-- The audit trail is append-only: events are inserted and read, never changed or removed, by anyone including the
-- application's own database user. Prisma cannot declare triggers, so they live here; its diff leaves them alone.
-- A user who has audit events cannot be deleted either (the foreign key's SET NULL would update them): users are
-- deactivated, never deleted.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'P0001', HINT = 'Audit events are kept for the retention period and never changed or deleted.';
END $$;

CREATE TRIGGER audit_event_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
