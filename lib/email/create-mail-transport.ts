import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { getEmailTransportMode, getEnv, type EmailTransportMode, type TEnv } from "@/lib/env";

export type TSentMail = {
  messageId: string;
  accepted: string[];
  /** Outbox only: the .eml file written. */
  outboxFile?: string;
};

export type TMailTransport = { mode: EmailTransportMode; send: (message: Mail.Options) => Promise<TSentMail> };

export type CreateMailTransportOptions = { env?: TEnv; sesClient?: SESv2Client };

type TEnvelope = { to?: string[] | string };
const recipients = (envelope: TEnvelope | undefined) => [envelope?.to ?? []].flat();

const createOutboxTransport = (outboxDir: string): TMailTransport => {
  // Renders the exact MIME message nodemailer would send, without sending it.
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    mode: "outbox",
    send: async (message) => {
      const info = await composer.sendMail(message);
      await mkdir(outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const file = path.join(outboxDir, `${stamp}-${randomUUID()}.eml`);
      // Written aside and renamed, so a reader of the folder never sees half a message.
      await writeFile(`${file}.part`, info.message, { flag: "wx" });
      await rename(`${file}.part`, file);
      return { messageId: info.messageId, accepted: recipients(info.envelope), outboxFile: file };
    },
  };
};

/**
 * The configured way out for e-mail: SES v2 in production, an SMTP server, or by default a local outbox folder of
 * .eml files (nothing leaves the machine), so local mode and tests need no mail server.
 */
export const createMailTransport = ({ env = getEnv(), sesClient }: CreateMailTransportOptions = {}): TMailTransport => {
  const mode = getEmailTransportMode(env);
  if (mode === "outbox") return createOutboxTransport(path.resolve(env.EMAIL_OUTBOX_DIR));
  const transporter =
    mode === "ses"
      ? nodemailer.createTransport({ SES: { sesClient: sesClient ?? new SESv2Client({ region: env.AWS_REGION }), SendEmailCommand } })
      : nodemailer.createTransport(env.SMTP_URL ?? "");
  return {
    mode,
    send: async (message) => {
      const info = (await transporter.sendMail(message)) as { messageId: string; envelope?: TEnvelope; accepted?: (string | { address: string })[] };
      const accepted = info.accepted?.map((entry) => (typeof entry === "string" ? entry : entry.address)) ?? recipients(info.envelope);
      return { messageId: info.messageId, accepted };
    },
  };
};
