/**
 * The benchmark's reference app: the smallest realistic GoHighLevel app on the same zapier-platform-core —
 * OAuth2 with a bearer-token middleware and ONE polling trigger that sends the same request as the real
 * app's Search Contacts trigger (POST /contacts/search) and returns the contacts. `npm run bench` builds it
 * into a zip the same way as build/build.zip and measures the real app against it.
 */
const { version: platformVersion } = require('zapier-platform-core');

const baseUrl = () => (process.env.GHL_BASE_URL || 'https://services.leadconnectorhq.com').replace(/\/+$/, '');

const addBearer = (request, _z, bundle) => {
  request.headers = request.headers || {};
  if (bundle.authData && bundle.authData.access_token) request.headers.Authorization = `Bearer ${bundle.authData.access_token}`;
  return request;
};

const newContact = async (z, bundle) => {
  const response = await z.request({
    url: `${baseUrl()}/contacts/search`,
    method: 'POST',
    headers: { Accept: 'application/json', Version: '2021-07-28' },
    body: {
      locationId: bundle.authData.locationId,
      page: Number((bundle.meta && bundle.meta.page) || 0) + 1,
      pageLimit: 100,
      sort: [{ field: 'dateAdded', direction: 'desc' }],
    },
  });
  return response.data.contacts;
};

module.exports = {
  version: require('./package.json').version,
  platformVersion,
  authentication: {
    type: 'oauth2',
    oauth2Config: {
      authorizeUrl: {
        url: 'https://marketplace.gohighlevel.com/oauth/chooselocation',
        params: { client_id: '{{process.env.CLIENT_ID}}', redirect_uri: '{{bundle.inputData.redirect_uri}}', response_type: 'code' },
      },
      getAccessToken: {
        url: `${baseUrl()}/oauth/token`,
        method: 'POST',
        body: {
          client_id: '{{process.env.CLIENT_ID}}',
          client_secret: '{{process.env.CLIENT_SECRET}}',
          grant_type: 'authorization_code',
          code: '{{bundle.inputData.code}}',
        },
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      refreshAccessToken: {
        url: `${baseUrl()}/oauth/token`,
        method: 'POST',
        body: {
          client_id: '{{process.env.CLIENT_ID}}',
          client_secret: '{{process.env.CLIENT_SECRET}}',
          grant_type: 'refresh_token',
          refresh_token: '{{bundle.authData.refresh_token}}',
        },
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      autoRefresh: true,
    },
    fields: [{ key: 'locationId', type: 'string', required: false, computed: true }],
    test: { url: `${baseUrl()}/locations/{{bundle.authData.locationId}}`, headers: { Version: '2021-07-28' } },
    connectionLabel: '{{bundle.authData.locationId}}',
  },
  beforeRequest: [addBearer],
  afterResponse: [],
  triggers: {
    new_contact: {
      key: 'new_contact',
      noun: 'Contact',
      display: { label: 'New Contact', description: 'Triggers when a new contact is added (newest first).' },
      operation: {
        perform: newContact,
        sample: { id: 'seD4PfOuKoVMLkEZqohJ', firstName: 'Rubika', lastName: 'Deo', email: 'rubika@deos.com' },
      },
    },
  },
  creates: {},
  searches: {},
};
