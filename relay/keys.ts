/**
 * Public keys and their loading. GoHighLevel signs every webhook with its private key and publishes the
 * public half; the relay verifies with it (see ../docs/RELAY.md, "The public key").
 */
import { createPublicKey, type KeyObject } from 'crypto';

/**
 * GoHighLevel's published Ed25519 key for `X-GHL-Signature`, the default of `GHL_WEBHOOK_PUBLIC_KEY`.
 * Taken from the key that GoHighLevel's Webhook Integration Guide
 * (https://marketplace.gohighlevel.com/docs/webhook/WebhookIntegrationGuide) publishes, as quoted
 * identically by many independent public integrations; the guide itself could not be read from here, so
 * check it there before a production deploy (docs/RELAY.md says how) and set GHL_WEBHOOK_PUBLIC_KEY when
 * GoHighLevel rotates it.
 */
export const GHL_ED25519_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=
-----END PUBLIC KEY-----
`;

export type KeyKind = 'ed25519' | 'rsa';

/**
 * A PEM public key from configuration. Environment files often carry a PEM on one line with literal
 * `\n`s; those are turned back into line breaks. Throws, naming the setting, when the text is not a
 * public key of the expected kind.
 */
export const loadPublicKey = (pem: string, kind: KeyKind, setting: string): KeyObject => {
  let key: KeyObject;
  try {
    key = createPublicKey(pem.replace(/\\n/g, '\n').trim());
  } catch {
    throw new Error(`${setting} is not a PEM public key ("-----BEGIN PUBLIC KEY-----" …).`);
  }
  if (key.asymmetricKeyType !== kind) {
    throw new Error(`${setting} must be an ${kind === 'rsa' ? 'RSA' : 'Ed25519'} public key; it is ${key.asymmetricKeyType}.`);
  }
  return key;
};
