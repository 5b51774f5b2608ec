import { z } from "zod";
import { ZUploadResponse } from "@/lib/invoices/schemas";
import { uploadErrorMessage } from "./upload-error-messages";

/**
 * The Cargar page's upload queue as pure state: which files wait, which are on the wire and how far, what the
 * server answered, and which invoices of each drop have been grouped into a pipeline batch. The page holds the
 * File objects and the requests; everything it decides (what to start next, when a drop is ready for its batch,
 * what an answer means) is here.
 */

export type TUploadItemState = "queued" | "uploading" | "created" | "duplicate" | "rejected" | "failed";

export type TUploadError = { code: string; message: string };

export type TUploadItem = {
  id: string;
  /** The drop (or selection) it came with: one pipeline batch per drop. */
  groupId: string;
  name: string;
  size: number;
  state: TUploadItemState;
  /** Bytes sent so far (upload progress events). */
  loaded: number;
  invoiceId?: string;
  error?: TUploadError;
};

export type TUploadGroup = {
  id: string;
  /** Batches created for this drop; a retry that creates invoices later adds another. */
  batchIds: string[];
  /** Created invoices already placed in a batch (or being placed). */
  batchedInvoiceIds: string[];
  batchError?: string;
};

export type TUploadQueue = { items: TUploadItem[]; groups: TUploadGroup[] };

/** What one request ended in: a file result, or a failure that a retry may fix. */
export type TUploadOutcome =
  | { state: "created" | "duplicate"; invoiceId: string }
  | { state: "rejected" | "failed"; error: TUploadError };

export type TUploadAction =
  | { type: "added"; groupId: string; files: { id: string; name: string; size: number; rejection?: TUploadError }[] }
  | { type: "started"; id: string }
  | { type: "progressed"; id: string; loaded: number }
  | { type: "settled"; id: string; outcome: TUploadOutcome }
  | { type: "retried"; id: string }
  | { type: "batchRequested"; groupId: string; invoiceIds: string[] }
  | { type: "batchCreated"; groupId: string; batchId: string }
  | { type: "batchFailed"; groupId: string; invoiceIds: string[]; message: string };

export const EMPTY_UPLOAD_QUEUE: TUploadQueue = { items: [], groups: [] };

const updateItem = (queue: TUploadQueue, id: string, change: (item: TUploadItem) => TUploadItem): TUploadQueue => ({
  ...queue,
  items: queue.items.map((item) => (item.id === id ? change(item) : item)),
});

const updateGroup = (queue: TUploadQueue, id: string, change: (group: TUploadGroup) => TUploadGroup): TUploadQueue => ({
  ...queue,
  groups: queue.groups.map((group) => (group.id === id ? change(group) : group)),
});

export const uploadQueueReducer = (queue: TUploadQueue, action: TUploadAction): TUploadQueue => {
  switch (action.type) {
    case "added":
      return {
        items: [
          ...queue.items,
          ...action.files.map(({ id, name, size, rejection }): TUploadItem => ({
            id,
            groupId: action.groupId,
            name,
            size,
            loaded: 0,
            ...(rejection ? { state: "rejected", error: rejection } : { state: "queued" }),
          })),
        ],
        groups: [...queue.groups, { id: action.groupId, batchIds: [], batchedInvoiceIds: [] }],
      };
    case "started":
      return updateItem(queue, action.id, (item) => ({ ...item, state: "uploading", loaded: 0, error: undefined }));
    case "progressed":
      return updateItem(queue, action.id, (item) => (item.state === "uploading" ? { ...item, loaded: Math.min(action.loaded, item.size) } : item));
    case "settled":
      return updateItem(queue, action.id, (item) => {
        const { outcome } = action;
        return "invoiceId" in outcome
          ? { ...item, state: outcome.state, invoiceId: outcome.invoiceId, loaded: item.size, error: undefined }
          : { ...item, state: outcome.state, error: outcome.error };
      });
    case "retried":
      return updateItem(queue, action.id, (item) => (item.state === "failed" ? { ...item, state: "queued", loaded: 0, error: undefined } : item));
    case "batchRequested":
      return updateGroup(queue, action.groupId, (group) => ({
        ...group,
        batchedInvoiceIds: [...group.batchedInvoiceIds, ...action.invoiceIds],
        batchError: undefined,
      }));
    case "batchCreated":
      return updateGroup(queue, action.groupId, (group) => ({ ...group, batchIds: [...group.batchIds, action.batchId] }));
    case "batchFailed":
      return updateGroup(queue, action.groupId, (group) => ({
        ...group,
        batchedInvoiceIds: group.batchedInvoiceIds.filter((id) => !action.invoiceIds.includes(id)),
        batchError: action.message,
      }));
  }
};

/** The queued files to start now so that at most `limit` are on the wire, oldest first. */
export const selectUploadsToStart = (queue: TUploadQueue, limit: number): string[] => {
  const free = limit - queue.items.filter((item) => item.state === "uploading").length;
  if (free <= 0) return [];
  return queue.items.filter((item) => item.state === "queued").slice(0, free).map((item) => item.id);
};

/**
 * The invoices a drop should send through the pipeline as a batch now: once none of its files is waiting or on the
 * wire, the new invoices not batched yet. Duplicates are left out: they belong to the batch they came with and have
 * been processed already. Empty while the drop is still uploading or has nothing new.
 */
export const selectInvoicesToBatch = (queue: TUploadQueue, groupId: string): string[] => {
  const group = queue.groups.find((candidate) => candidate.id === groupId);
  const items = queue.items.filter((item) => item.groupId === groupId);
  if (!group || items.some((item) => item.state === "queued" || item.state === "uploading")) return [];
  const created = items.flatMap((item) => (item.state === "created" && item.invoiceId ? [item.invoiceId] : []));
  return [...new Set(created)].filter((id) => !group.batchedInvoiceIds.includes(id));
};

export type TUploadCounts = Record<TUploadItemState, number> & { total: number; sentBytes: number; totalBytes: number };

export const countUploads = (items: readonly TUploadItem[]): TUploadCounts => {
  const counts: TUploadCounts = { queued: 0, uploading: 0, created: 0, duplicate: 0, rejected: 0, failed: 0, total: 0, sentBytes: 0, totalBytes: 0 };
  for (const item of items) {
    counts[item.state] += 1;
    counts.total += 1;
    counts.totalBytes += item.size;
    counts.sentBytes += item.state === "queued" ? 0 : item.state === "uploading" ? item.loaded : item.size;
  }
  return counts;
};

const ZErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Statuses where sending the same file again can succeed: nothing about the file was judged. */
const isRetryable = (status: number) => status === 0 || status === 408 || status === 429 || status >= 500;

/**
 * What POST /api/invoices answered for a one-file request. A per-file result wins (created, duplicate, or rejected
 * with its code and message); a whole-request error is a rejection unless retrying could help (no connection,
 * rate limit, server error), which leaves the file failed with a retry button.
 */
export const interpretUploadResponse = (status: number, bodyText: string): TUploadOutcome => {
  const body = parseJson(bodyText);
  const files = ZUploadResponse.safeParse(body);
  const file = files.success ? files.data.files[0] : undefined;
  if (file) {
    if (file.status !== "rejected" && file.invoiceId) return { state: file.status === "created" ? "created" : "duplicate", invoiceId: file.invoiceId };
    const code = file.error?.code ?? "INTERNAL";
    return { state: isRetryable(status) ? "failed" : "rejected", error: { code, message: file.error?.message ?? uploadErrorMessage(code) } };
  }
  const error = ZErrorBody.safeParse(body);
  const code = error.success ? error.data.error.code : status === 0 ? "NETWORK" : status === 413 ? "FILE_TOO_LARGE" : "INTERNAL";
  const message = error.success ? error.data.error.message : uploadErrorMessage(code);
  return { state: isRetryable(status) ? "failed" : "rejected", error: { code, message } };
};
