/**
 * What the benchmark's worker processes share: a local stand-in for GoHighLevel (127.0.0.1 only, fixed
 * answers), the operations each app is measured with, and how an app is loaded from an unpacked zip the
 * way a Zapier worker loads it (the zip's zapierwrapper.js → core's createAppHandler → the app's index.js).
 *
 * Plain CommonJS on purpose: workers run in fresh `node` processes with no TypeScript loader, so nothing but
 * the app and core is measured.
 */
'use strict';

// Only `path` at the top: the cold-start worker measures every other require (http included) as the app's.
const path = require('path');

const LOCATION_ID = 've9EPM428h8vShlRW1KT';
const AUTH = {
  access_token: 'bench-access-token',
  refresh_token: 'bench-refresh-token',
  locationId: LOCATION_ID,
  companyId: '5DP4iH6HLkQsiKESj6rh',
  userType: 'Location',
  userId: 'hxHGVRb1YJUscrCB8eXK',
};

const iso = (i) => new Date(Date.UTC(2026, 0, 1, 12, 0, 0) - i * 3600_000).toISOString();

/** A contact as GHL lists it (no custom fields: the measured calls send exactly one request). */
const contact = (i) => ({
  id: `c${String(i).padStart(19, '0')}`,
  locationId: LOCATION_ID,
  firstName: `First${i}`,
  lastName: `Last${i}`,
  contactName: `First${i} Last${i}`,
  email: `person${i}@example.com`,
  phone: `+1555010${String(1000 + i).slice(-4)}`,
  companyName: 'Example Inc',
  city: 'Dolomite',
  state: 'AL',
  country: 'US',
  tags: ['webinar', 'vip'],
  type: 'lead',
  source: 'public api',
  dnd: false,
  dateAdded: iso(i),
  dateUpdated: iso(i),
  customFields: [],
});

const opportunity = (i) => ({
  id: `o${String(i).padStart(19, '0')}`,
  name: `Deal ${i}`,
  monetaryValue: 1000 + i,
  pipelineId: 'p1',
  pipelineStageId: 's1',
  status: 'open',
  source: 'website',
  assignedTo: 'hxHGVRb1YJUscrCB8eXK',
  contact: { id: contact(i).id, name: contact(i).contactName, email: contact(i).email },
  createdAt: iso(i),
  updatedAt: iso(i),
  customFields: [],
});

const pipeline = (i) => ({
  id: `p${i}`,
  name: `Pipeline ${i}`,
  stages: [1, 2, 3].map((s) => ({ id: `p${i}s${s}`, name: `Stage ${s}`, position: s })),
});

const CONTACTS = 20;

/** `METHOD /path` → the JSON GHL answers. Both apps' calls are answered from here. */
const ANSWERS = {
  'POST /contacts/search': () => ({ contacts: Array.from({ length: CONTACTS }, (_, i) => contact(i)), total: CONTACTS }),
  'POST /contacts/': () => ({ contact: contact(0) }),
  'GET /opportunities/search': () => ({ opportunities: Array.from({ length: 10 }, (_, i) => opportunity(i)), meta: { total: 10 } }),
  'GET /opportunities/pipelines': () => ({ pipelines: Array.from({ length: 5 }, (_, i) => pipeline(i)) }),
};
// Serialised once: the server's own cost is the same for every call and is subtracted anyway.
const BODIES = Object.fromEntries(Object.entries(ANSWERS).map(([k, f]) => [k, JSON.stringify(f())]));

/** Starts the stand-in on 127.0.0.1 (a free port). `hits` counts requests per `METHOD /path`. */
const startServer = () =>
  new Promise((resolve) => {
    const hits = new Map();
    const server = require('http').createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const route = `${req.method} ${req.url.split('?')[0]}`;
        hits.set(route, (hits.get(route) || 0) + 1);
        const body = BODIES[route];
        if (body === undefined) {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ statusCode: 404, message: `bench: no answer for ${route}` }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
    });
    server.keepAliveTimeout = 60_000;
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ port, hits, close: () => new Promise((r) => server.close(() => r())), server });
    });
  });

const nonEmptyList = (n) => (results) => Array.isArray(results) && results.length === n && results.every((r) => r && r.id);

/**
 * The operations measured per app. `raw` is the request the operation sends, sent directly for the
 * "minus raw HTTP" part of the per-call overhead; `check` proves the call really succeeded.
 */
const OPERATIONS = {
  app: [
    {
      name: 'polling trigger (search_contacts)',
      method: 'triggers.search_contacts.operation.perform',
      inputData: {},
      raw: { method: 'POST', path: '/contacts/search', body: { locationId: LOCATION_ID, page: 1, pageLimit: 100 } },
      check: nonEmptyList(CONTACTS),
    },
    {
      name: 'create (create_contact)',
      method: 'creates.create_contact.operation.perform',
      inputData: { firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com', tags: 'vip,webinar' },
      raw: { method: 'POST', path: '/contacts/', body: { locationId: LOCATION_ID, firstName: 'Jane', lastName: 'Doe' } },
      check: (r) => !!r && !Array.isArray(r) && !!r.id,
    },
    {
      name: 'search with dropdowns (find_opportunity)',
      method: 'searches.find_opportunity.operation.perform',
      inputData: { q: 'Deal', pipelineId: 'p1' },
      raw: { method: 'GET', path: `/opportunities/search?location_id=${LOCATION_ID}&q=Deal&pipeline_id=p1&limit=10` },
      check: nonEmptyList(10),
    },
    {
      name: 'dropdown feed (dropdown_pipelines)',
      method: 'triggers.dropdown_pipelines.operation.perform',
      inputData: {},
      raw: { method: 'GET', path: `/opportunities/pipelines?locationId=${LOCATION_ID}` },
      check: nonEmptyList(5),
    },
  ],
  baseline: [
    {
      name: 'polling trigger (new_contact)',
      method: 'triggers.new_contact.operation.perform',
      inputData: {},
      raw: { method: 'POST', path: '/contacts/search', body: { locationId: LOCATION_ID, page: 1, pageLimit: 100 } },
      check: nonEmptyList(CONTACTS),
    },
  ],
};

/** The polling trigger each app is measured with for cold start and memory. */
const TRIGGER = { app: OPERATIONS.app[0], baseline: OPERATIONS.baseline[0] };

/** The event Zapier's backend sends to run one operation. */
const eventFor = (op) => ({
  command: 'execute',
  method: op.method,
  bundle: { authData: AUTH, inputData: { ...op.inputData }, meta: { page: 0, limit: -1, isLoadingSample: false } },
  // As `zapier-platform invoke` and scripts/check-zip.js run it: no per-call memory line on stdout and
  // no patching of Node's http module for request logging (both are the same for every app).
  calledFromCli: true,
});

/** Loads an unpacked zip the way a worker does: the wrapper builds core's handler, then the app. */
const loadZip = (dir) => {
  const { handler } = require(path.join(dir, 'zapierwrapper.js'));
  const app = require(path.join(dir, 'index.js'));
  return { handler, app };
};

/** Runs one operation through core's handler; resolves to its results. */
const invoke = async (handler, op) => {
  const out = await handler(eventFor(op), {});
  return out && out.results;
};

/** One JSON line on stdout for the parent. */
const report = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

module.exports = { AUTH, OPERATIONS, TRIGGER, startServer, eventFor, loadZip, invoke, report };
