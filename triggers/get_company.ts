import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { COMPANY_OUTPUT_FIELDS, COMPANY_SAMPLE } from '../lib/locations';

export default defineOperation({
  key: 'get_company',
  kind: 'trigger',
  noun: 'Company',
  label: 'Get Company',
  description:
    "Triggers when the connected agency's company details change (fires once for each new version). Needs an agency connection.",
  endpoint: { method: 'GET', path: '/companies/{companyId}' },
  scopes: ['companies.readonly'],
  token: 'agency',
  request: (_input, ctx) => {
    if (!ctx.companyId) throw new InputError('The GoHighLevel connection has no company (agency) id; reconnect it.', 'companyId');
    return { path: { companyId: ctx.companyId } };
  },
  // The company has no update time: a content hash tells versions apart.
  result: 'company',
  sample: COMPANY_SAMPLE,
  outputFields: COMPANY_OUTPUT_FIELDS,
});
