import { randomBytes } from "node:crypto";

/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 100 bits: 20 characters in five groups; guessing one is out of reach even without rate limits. */
const CODE_BYTES = 13;
const CODE_CHARS = 20;

/** A fresh, unguessable verification code such as 7KQ2-M9XD-4FRT-0BNW-C8JP. */
export const generateVerificationCode = (): string => {
  const bytes = randomBytes(CODE_BYTES);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  // 13 bytes hold 104 bits; the 4 lowest are dropped so every character carries 5 random bits.
  bits >>= BigInt(CODE_BYTES * 8 - CODE_CHARS * 5);
  let code = "";
  for (let index = CODE_CHARS - 1; index >= 0; index -= 1) code += ALPHABET[Number((bits >> BigInt(index * 5)) & 31n)] ?? "";
  return code.match(/.{4}/g)!.join("-");
};
