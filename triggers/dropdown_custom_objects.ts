import { defineDropdown } from '../lib/dropdown';
import { listAt } from '../lib/results';

/**
 * The sub-account's custom objects (GET /objects/ lists the standard ones too: contacts, opportunities,
 * businesses, which have steps of their own), by their plural label; the value is the object's key.
 */
export default defineDropdown({
  key: 'dropdown_custom_objects',
  noun: 'Object',
  endpoint: { method: 'GET', path: '/objects/' },
  scopes: ['objects/schema.readonly'],
  location: 'query',
  listKey: (data) => listAt(data, 'objects').filter((o) => o && o.standard !== true && typeof o.key === 'string' && o.key),
  label: (o) => o.labels?.plural || o.labels?.singular || o.key,
});
