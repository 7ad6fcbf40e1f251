/**
 * Verification of GoHighLevel's webhook signatures over the raw request bytes (never re-serialized JSON):
 * `X-GHL-Signature` is a base64 Ed25519 signature; the legacy `X-WH-Signature` is a base64 RSA-SHA256
 * (PKCS#1 v1.5) signature, accepted only when an RSA key is configured.
 */
import { verify, type KeyObject } from 'crypto';
import type { IncomingHttpHeaders } from 'http';

export interface SignatureKeys {
  ed25519: KeyObject;
  /** The legacy key; without it `X-WH-Signature` deliveries are refused. */
  rsa?: KeyObject;
}

export type SignatureCheck = { ok: true; scheme: 'ed25519' | 'rsa' } | { ok: false; reason: string };

const headerValue = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim() ? text.trim() : undefined;
};

const verifies = (algorithm: string | null, body: Buffer, key: KeyObject, signature: string): boolean => {
  try {
    return verify(algorithm, body, key, Buffer.from(signature, 'base64'));
  } catch {
    return false; // malformed signature bytes are a bad signature, not a crash
  }
};

export const checkSignature = (body: Buffer, headers: IncomingHttpHeaders, keys: SignatureKeys): SignatureCheck => {
  const ed25519 = headerValue(headers, 'x-ghl-signature');
  if (ed25519) {
    return verifies(null, body, keys.ed25519, ed25519)
      ? { ok: true, scheme: 'ed25519' }
      : { ok: false, reason: 'The X-GHL-Signature header does not match the body.' };
  }
  const rsa = headerValue(headers, 'x-wh-signature');
  if (rsa && keys.rsa) {
    return verifies('sha256', body, keys.rsa, rsa)
      ? { ok: true, scheme: 'rsa' }
      : { ok: false, reason: 'The X-WH-Signature header does not match the body.' };
  }
  if (rsa) return { ok: false, reason: 'Legacy X-WH-Signature deliveries are not accepted (no RSA key is configured).' };
  return { ok: false, reason: 'The request has no X-GHL-Signature header.' };
};
