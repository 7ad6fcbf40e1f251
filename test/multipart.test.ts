/**
 * The engine's multipart bodies (lib/http.ts `GhlRequest.multipart`): text parts and files, files of an
 * earlier step streamed from their URL without the connection's token, readable download errors, and the
 * contract validator's reading of multipart bodies (contract/multipart.ts, contract/validate.ts).
 */
import zlib from 'zlib';
import nock from 'nock';
import { appTester, BASE, LOCATION_AUTH, setupNock } from './helpers';
import { callGhl, requestOptions, multipartBody } from '../lib/http';
import { boundaryOf, multipartObject, parseMultipart } from '../contract/multipart';
import { validateRequest } from '../contract/validate';
import { SpecIndex, specDir } from '../contract/spec';
import { ERRATA } from '../contract/errata';
import { loadCatalog } from '../contract/catalog';
import type { GhlRequest } from '../lib/types';

setupNock();

const FILES = 'https://zapier-dev-files.s3.amazonaws.com';
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0, 0xff, 0xfe, 0x80, 0x10]), Buffer.from('\n%%EOF\n')]);

/** Runs `fn(z)` inside core, as a step would (the app's middleware applies). */
const inCore = <T>(fn: (z: any) => Promise<T>): Promise<T> =>
  appTester(async (z: any) => fn(z), { authData: LOCATION_AUTH, inputData: {} } as any) as Promise<T>;

/** Reads a FormData body to the end. */
const drain = (form: NodeJS.ReadableStream): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    form.on('data', (c: Buffer | string) => chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c)));
    form.on('end', () => resolve(Buffer.concat(chunks)));
    form.on('error', reject);
    (form as any).resume?.();
  });

describe('requestOptions with multipart parts', () => {
  test('builds a multipart/form-data body with its boundary, the Version of the path, no JSON', async () => {
    const req: GhlRequest = {
      method: 'POST',
      path: '/medias/upload-file',
      multipart: [
        { name: 'name', value: 'Price list {{contact.first_name}}' },
        { name: 'hosted', value: false },
        { name: 'file', file: PDF, filename: 'prices.pdf', contentType: 'application/pdf' },
      ],
    };
    const options = requestOptions(req);
    const headers = options.headers as Record<string, string>;
    expect(headers.Version).toBe('2021-07-28');
    expect(headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(headers['Content-Type']).toBeUndefined();
    const bytes = await drain(options.body as NodeJS.ReadableStream);
    const parsed = parseMultipart(bytes, headers['content-type'])!;
    // Merge fields reach GoHighLevel as they were typed; the file's bytes arrive unchanged.
    expect(parsed.fields).toEqual({ name: 'Price list {{contact.first_name}}', hosted: 'false' });
    expect(parsed.files.file).toEqual([{ filename: 'prices.pdf', contentType: 'application/pdf', bytes: PDF }]);
  });

  test('a request with both a JSON body and multipart parts is refused', () => {
    expect(() => requestOptions({ method: 'POST', path: '/medias/upload-file', body: { a: 1 }, multipart: [{ name: 'a', value: '1' }] })).toThrow(
      /a body or multipart parts, not both/,
    );
  });

  test('a file URL part cannot be built synchronously (sendGhl downloads it first)', () => {
    expect(() => multipartBody([{ name: 'file', fileUrl: 'https://example.com/a.pdf' }])).toThrow(/downloaded by sendGhl/);
  });
});

describe('files of an earlier step in a multipart request', () => {
  test('streams the file from its URL without the token, then uploads it with its name, type and size', async () => {
    nock(FILES, { badheaders: ['authorization', 'version'] })
      .get('/hydrated/abc123')
      .reply(200, PDF, { 'content-type': 'application/pdf', 'content-length': String(PDF.length), 'content-disposition': 'attachment; filename="Price%20list.pdf"' });
    let received: { headers: Record<string, string>; body: Buffer } | undefined;
    nock(BASE, { reqheaders: { authorization: `Bearer ${LOCATION_AUTH.access_token}`, version: '2021-07-28' } })
      .post('/medias/upload-file')
      .reply(function (_uri, body) {
        received = { headers: this.req.headers as Record<string, string>, body: Buffer.from(body as string, 'hex') };
        return [200, { fileId: '66e0a4c1f1d2a3b4c5d6e7f8', url: 'https://storage.googleapis.com/acme/prices.pdf' }];
      });
    const out = await inCore((z) =>
      callGhl(z, { method: 'POST', path: '/medias/upload-file', multipart: [{ name: 'hosted', value: false }, { name: 'file', fileUrl: `${FILES}/hydrated/abc123`, label: 'File' }] }),
    );
    expect(out.data).toEqual({ fileId: '66e0a4c1f1d2a3b4c5d6e7f8', url: 'https://storage.googleapis.com/acme/prices.pdf' });
    const parsed = parseMultipart(received!.body, received!.headers['content-type'])!;
    expect(parsed.fields).toEqual({ hosted: 'false' });
    expect(parsed.files.file).toEqual([{ filename: 'Price list.pdf', contentType: 'application/pdf', bytes: PDF }]);
    // Every size known: the upload says how long it is (GHL refuses chunked uploads of unknown length).
    expect(Number(received!.headers['content-length'])).toBe(received!.body.length);
  });

  test('a compressed download is decompressed and sent without a Content-Length that would be wrong', async () => {
    nock(FILES).get('/notes.txt').reply(200, zlib.gzipSync(Buffer.from('Call notes: wants a quote\n')), {
      'content-type': 'text/plain',
      'content-encoding': 'gzip',
      'content-length': '46',
    });
    let received: Buffer | undefined;
    let type = '';
    nock(BASE)
      .post('/medias/upload-file')
      .reply(function (_uri, body) {
        type = String(this.req.headers['content-type']);
        received = Buffer.from(body as string, /^[0-9a-f]+$/.test(body as string) ? 'hex' : 'utf8');
        return [200, { fileId: 'f1', url: 'https://storage.googleapis.com/acme/notes.txt' }];
      });
    await inCore((z) => callGhl(z, { method: 'POST', path: '/medias/upload-file', multipart: [{ name: 'file', fileUrl: `${FILES}/notes.txt` }] }));
    const parsed = parseMultipart(received!, type)!;
    expect(parsed.files.file[0]).toMatchObject({ filename: 'notes.txt', contentType: 'text/plain' });
    expect(parsed.files.file[0].bytes.toString()).toBe('Call notes: wants a quote\n');
  });

  test('a file that cannot be downloaded is an error naming the input, and nothing is uploaded', async () => {
    nock(FILES).get('/expired.pdf').reply(403, '<Error>AccessDenied</Error>', { 'content-type': 'application/xml' });
    await expect(
      inCore((z) => callGhl(z, { method: 'POST', path: '/medias/upload-file', multipart: [{ name: 'file', fileUrl: `${FILES}/expired.pdf`, label: 'File' }] })),
    ).rejects.toThrow(/The File could not be downloaded from zapier-dev-files\.s3\.amazonaws\.com \(HTTP 403\)/);
  });

  test('a value that is not an http(s) URL is refused before any request', async () => {
    await expect(
      inCore((z) => callGhl(z, { method: 'POST', path: '/medias/upload-file', multipart: [{ name: 'file', fileUrl: 'file:///etc/passwd', label: 'File' }] })),
    ).rejects.toThrow(/The File field must be a file from an earlier step or an http\(s\) URL/);
  });
});

describe('multipart bodies in the contract validator', () => {
  const ctx = { spec: new SpecIndex(specDir()), errata: ERRATA, catalog: loadCatalog(), origin: BASE };
  const record = (parts: Array<[string, string] | [string, string, string]>, version = '2021-07-28') => {
    const boundary = '----ghl-test-boundary';
    const body = parts
      .map(([name, value, filename]) =>
        filename
          ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n${value}\r\n`
          : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`;
    return {
      method: 'POST',
      origin: BASE,
      path: '/medias/upload-file',
      query: {},
      headers: { version, authorization: 'Bearer t', 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      rawBody: body,
    };
  };

  test('parses parts: text values, files, repeated names as lists', () => {
    const r = record([
      ['name', 'Price list'],
      ['fileAttachment', 'a', 'a.pdf'],
      ['fileAttachment', 'b', 'b.pdf'],
    ]);
    expect(boundaryOf(r.headers['content-type'])).toBe('----ghl-test-boundary');
    expect(multipartObject(parseMultipart(r.body, r.headers['content-type'])!)).toEqual({ name: 'Price list', fileAttachment: ['<file a.pdf>', '<file b.pdf>'] });
  });

  test('a valid upload passes; a property of the wrong type and a body of other parts fail', () => {
    expect(validateRequest(record([['hosted', 'false'], ['file', '%PDF', 'prices.pdf']]), ctx).problems).toEqual([]);
    expect(validateRequest(record([['hosted', 'maybe']]), ctx).problems.join('\n')).toMatch(/body\.hosted must be boolean/);
    const broken = { ...record([['name', 'x']]), body: 'not multipart at all', rawBody: 'not multipart at all' };
    expect(validateRequest(broken, ctx).problems.join('\n')).toMatch(/not made of parts of its boundary/);
  });
});
