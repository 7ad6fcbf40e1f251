/**
 * Reads a multipart/form-data body (uploads) into its parts: the contract's validator checks the text
 * values and file parts against the spec's schema as an object, and the local sandbox keeps the files.
 * Only what a form-data body is made of: boundaries, each part's Content-Disposition (name, filename) and
 * Content-Type, and its bytes.
 */

export interface MultipartFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export interface ParsedMultipart {
  /** Text parts by name; a name sent several times (`fileAttachment`, …) becomes a list. */
  fields: Record<string, string | string[]>;
  /** File parts (those with a filename) by name, in the order sent. */
  files: Record<string, MultipartFile[]>;
}

/** The boundary of a `multipart/form-data; boundary=…` Content-Type, if it is one. */
export const boundaryOf = (contentType: string | undefined): string | undefined => {
  const type = String(contentType || '');
  if (!/^\s*multipart\/form-data\b/i.test(type)) return undefined;
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  return m ? m[1] || m[2] : undefined;
};

const param = (header: string, name: string): string | undefined => {
  const m = new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(header) || new RegExp(`\\b${name}=([^;\\s]+)`, 'i').exec(header);
  return m ? m[1] : undefined;
};

const push = <T>(into: Record<string, T | T[]>, name: string, value: T): void => {
  const prev = into[name];
  into[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
};

/**
 * Parses a multipart body. `null` when the Content-Type is not multipart/form-data with a boundary, or the
 * body is not made of parts of that boundary (a malformed upload).
 */
export const parseMultipart = (body: Buffer | string, contentType: string | undefined): ParsedMultipart | null => {
  const boundary = boundaryOf(contentType);
  if (!boundary) return null;
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1');
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string | string[]> = {};
  const files: Record<string, MultipartFile[]> = {};
  let at = buf.indexOf(delimiter);
  if (at < 0) return null;
  let parts = 0;
  for (;;) {
    const afterDelimiter = at + delimiter.length;
    // The closing delimiter is followed by `--`.
    if (buf.slice(afterDelimiter, afterDelimiter + 2).toString('latin1') === '--') break;
    const headerStart = buf.indexOf('\r\n', afterDelimiter) + 2;
    const headerEnd = buf.indexOf('\r\n\r\n', headerStart);
    const next = buf.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd);
    if (headerStart < 2 || headerEnd < 0 || next < 0) return null;
    const headers = buf.slice(headerStart, headerEnd).toString('utf8');
    const bytes = buf.slice(headerEnd + 4, next);
    const disposition = /^content-disposition:\s*(.*)$/im.exec(headers)?.[1] || '';
    const name = param(disposition, 'name');
    if (name === undefined) return null;
    const filename = param(disposition, 'filename');
    if (filename !== undefined) {
      const contentType = /^content-type:\s*(.*)$/im.exec(headers)?.[1]?.trim() || 'application/octet-stream';
      (files[name] ??= []).push({ filename, contentType, bytes });
    } else {
      push(fields, name, bytes.toString('utf8'));
    }
    parts++;
    at = next + 2;
  }
  return parts ? { fields, files } : null;
};

/**
 * The parts as one object to validate against the spec's schema: text values as they are, each file as the
 * text `<file NAME>` (a binary string), names sent several times as lists.
 */
export const multipartObject = (parsed: ParsedMultipart): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...parsed.fields };
  for (const [name, list] of Object.entries(parsed.files)) {
    const shown = list.map((f) => `<file ${f.filename}>`);
    const prev = out[name];
    const all = [...(prev === undefined ? [] : Array.isArray(prev) ? prev : [prev]), ...shown];
    out[name] = all.length === 1 ? all[0] : all;
  }
  return out;
};
