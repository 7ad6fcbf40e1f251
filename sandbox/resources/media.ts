/**
 * The media library: `GET /medias/files` (files or folders of the sub-account named by `altId`, sorted,
 * `limit`/`offset`, `query`, `parentId`) and `POST /medias/upload-file` (multipart: a `file` part, or
 * `hosted: true` with a `fileUrl`; `name`; `parentId` an existing folder; up to 25 MB), answered
 * `{fileId, url}`. Files are kept in the sandbox's files and served at `/__sandbox/files/{name}` (a
 * sandbox-only route, no token), which also stands in for the file host of earlier Zap steps: a test puts a
 * file there and maps its URL. Each request to it is noted (`state.table('fileDownloads')`) with whether it
 * carried an Authorization header, so tests can prove no token leaves for a file host.
 */
import { fail, FileReply, type Handler } from '../http';
import { limitSkip, matchesText } from '../kit';
import { defineResource } from '../resource';
import { MESSAGING_SEED } from '../seed-ids';
import { newHexId, now, type Rec } from '../state';
import { parseMultipart } from '../../contract/multipart';

const MAX_BYTES = 25 * 1024 * 1024;

const filesOf: Handler = (req, state) => {
  const q = req.query;
  if (q.altId !== req.grant?.locationId) throw fail(403, 'The token does not have access to this location');
  if (!['file', 'folder'].includes(q.type)) throw fail(422, ['type must be one of the following values: file, folder']);
  const dir = String(q.sortOrder).toLowerCase() === 'asc' ? 1 : -1;
  const key = q.sortBy === 'name' ? 'name' : q.sortBy === 'updatedAt' ? 'updatedAt' : 'createdAt';
  const all = state
    .table('media')
    .where((m) => m.altId === q.altId && m.type === q.type && !m.deleted && (q.parentId === undefined || (m.parentId ?? '') === q.parentId))
    .filter((m) => matchesText(q.query, m.name))
    .sort((a, b) => String(a[key]).localeCompare(String(b[key])) * dir);
  return { files: (q.fetchAll === 'true' ? all : limitSkip(all, q, 10)).map(({ id: _id, ...m }) => m) };
};

const upload: Handler = (req, state) => {
  const parsed = parseMultipart(req.raw, String(req.headers['content-type'] || ''));
  if (!parsed) throw fail(400, 'The upload must be a multipart/form-data body');
  const field = (k: string) => (Array.isArray(parsed.fields[k]) ? parsed.fields[k][0] : parsed.fields[k]) as string | undefined;
  const altId = req.grant!.locationId;
  const parentId = field('parentId');
  if (parentId && !state.table('media').where((m) => m._id === parentId && m.altId === altId && m.type === 'folder').length) {
    throw fail(404, `Folder with id ${parentId} not found`);
  }
  const hosted = field('hosted') === 'true';
  const file = parsed.files.file?.[0];
  const _id = newHexId();
  let record: Rec;
  if (hosted) {
    const fileUrl = field('fileUrl');
    if (!fileUrl) throw fail(400, 'fileUrl is required when hosted is true');
    record = { name: field('name') || decodeURIComponent(new URL(fileUrl).pathname.split('/').pop() || 'file'), url: fileUrl, contentType: undefined };
  } else {
    if (!file) throw fail(400, 'file is required when hosted is not true');
    if (file.bytes.length > MAX_BYTES) throw fail(413, 'File size exceeds the limit of 25 MB');
    const key = `media-${_id}-${file.filename}`;
    state.files.put(key, file.bytes, file.contentType);
    record = { name: field('name') || file.filename, url: `http://${req.headers.host}/__sandbox/files/${encodeURIComponent(key)}`, contentType: file.contentType, size: file.bytes.length, fileKey: key };
  }
  state.table('media').put({ id: _id, _id, altId, altType: 'location', type: 'file', parentId: parentId ?? '', hosted, createdAt: now(), updatedAt: now(), ...record });
  return { fileId: _id, url: record.url };
};

/** A file the sandbox keeps (uploads, or a test's stand-in for a file of an earlier step). */
const serveFile: Handler = (req, state) => {
  state.table('fileDownloads').put({ id: newHexId(), name: req.params.name, authorization: req.headers.authorization ?? null });
  const file = state.files.get(req.params.name);
  if (!file) throw fail(404, `No file ${req.params.name}`);
  return new FileReply(file.bytes, file.contentType, req.params.name.replace(/^(media|attachment)-[^-]+-/, ''));
};

export default defineResource({
  name: 'media',
  routes: (r) => {
    r.get('/medias/files', filesOf);
    r.post('/medias/upload-file', upload);
    r.get('/__sandbox/files/{name}', serveFile, { open: true, sandboxOnly: true });
  },
  seed: (s) => {
    const altId = s.options.locationId;
    const folder = (id: string, name: string, createdAt: string) =>
      s.table('media').put({ id, _id: id, altId, altType: 'location', name, type: 'folder', parentId: '', createdAt, updatedAt: createdAt });
    folder(MESSAGING_SEED.mediaFolders.brochures, 'Brochures', '2026-05-02T09:00:00.000Z');
    folder(MESSAGING_SEED.mediaFolders.photos, 'Before and after photos', '2026-06-11T16:20:00.000Z');
    s.table('media').put({
      id: MESSAGING_SEED.mediaFileId,
      _id: MESSAGING_SEED.mediaFileId,
      altId,
      altType: 'location',
      name: 'Whitening price list.pdf',
      type: 'file',
      parentId: MESSAGING_SEED.mediaFolders.brochures,
      url: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/66e0a4c1f1d2a3b4c5d6e7f8.pdf',
      createdAt: '2026-06-20T10:00:00.000Z',
      updatedAt: '2026-06-20T10:00:00.000Z',
    });
  },
});
