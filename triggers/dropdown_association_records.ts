import { defineDropdown } from '../lib/dropdown';
import { associationRecords, RECORD_PICKER_REQUESTS } from '../domains/associations';

/** Records of both objects of the step's association (or of every association of the sub-account), by object. */
export default defineDropdown({
  key: 'dropdown_association_records',
  noun: 'Associated Record',
  endpoint: { method: 'GET', path: '/associations/' },
  scopes: ['associations.readonly', 'contacts.readonly', 'opportunities.readonly', 'businesses.readonly', 'objects/record.readonly', 'objects/schema.readonly'],
  location: 'query',
  inputs: [
    { key: 'associationId', label: 'Association', helpText: 'The association the step names, if any.' },
    { key: 'associationIds', label: 'Associations', list: true, helpText: 'The associations the step names, if any (the first is used).' },
  ],
  request: () => ({ query: { skip: 0, limit: 100 } }),
  send: associationRecords('both'),
  extraRequests: RECORD_PICKER_REQUESTS,
  listKey: 'records',
  label: (r) => r.name,
});
