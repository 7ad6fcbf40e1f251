/** A test Ed25519 key pair standing in for GoHighLevel's, and signed webhook requests made with it. */
import { generateKeyPairSync, randomUUID, sign, createSign } from 'crypto';

export const ghlKeys = () => {
  const ed = generateKeyPairSync('ed25519');
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKey: ed.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    rsaPublicKey: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    /** base64 Ed25519 signature of the bytes, as X-GHL-Signature carries it */
    sign: (body: string | Buffer): string => sign(null, Buffer.from(body), ed.privateKey).toString('base64'),
    /** base64 RSA-SHA256 signature, as the legacy X-WH-Signature carries it */
    signRsa: (body: string | Buffer): string =>
      createSign('sha256').update(Buffer.from(body)).sign(rsa.privateKey).toString('base64'),
  };
};

export type GhlKeys = ReturnType<typeof ghlKeys>;

export const LOCATION_ID = 've9EPM428h8vShlRW1KT';

/** A GoHighLevel-shaped event (ContactCreate unless told), timestamped now, with a fresh webhookId. */
export const ghlEvent = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'ContactCreate',
  locationId: LOCATION_ID,
  id: `contact-${randomUUID().slice(0, 8)}`,
  email: 'jane@example.com',
  tags: ['vip'],
  timestamp: new Date().toISOString(),
  webhookId: randomUUID(),
  ...fields,
});
