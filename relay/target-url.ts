/**
 * Which target URLs a subscription may name: `https://` only (Zapier's hook URLs are), or, when the relay
 * runs with RELAY_ALLOW_INSECURE_TARGETS=1 for tests, also plain `http://127.0.0.1`.
 */
export const MAX_TARGET_URL_LENGTH = 2048;

/** Why `value` cannot be a target URL, or undefined when it can. */
export const targetUrlProblem = (value: unknown, allowInsecure: boolean): string | undefined => {
  if (typeof value !== 'string' || !value.trim()) return 'targetUrl is required: the URL the relay delivers events to.';
  if (value.length > MAX_TARGET_URL_LENGTH) return `targetUrl is longer than ${MAX_TARGET_URL_LENGTH} characters.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'targetUrl is not a valid URL.';
  }
  if (url.username || url.password) return 'targetUrl must not carry a user name or password.';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && url.hostname === '127.0.0.1' && allowInsecure) return undefined;
  return allowInsecure ? 'targetUrl must be an https:// URL (or http://127.0.0.1).' : 'targetUrl must be an https:// URL.';
};
