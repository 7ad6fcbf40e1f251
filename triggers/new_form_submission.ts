import { defineOperation } from '../lib/operation';
import { idField } from '../lib/fields';
import { SUBMISSION_SCOPES, submissionOutputFields, submissionSample, submissionsList } from '../domains/forms';

/** Fires once per submission, newest first; the answers named by their question labels (domains/forms.ts). */
export default defineOperation({
  key: 'new_form_submission',
  kind: 'trigger',
  noun: 'Submission',
  label: 'New Form Submission',
  description: 'Triggers when a form is submitted, with the answers named by their questions.',
  endpoint: { method: 'GET', path: '/forms/submissions' },
  scopes: ['forms.readonly', ...SUBMISSION_SCOPES],
  location: 'query',
  inputFields: [
    { ...idField('formId', 'Form', 'dropdown_forms.id.name', { required: false, helpText: 'Only submissions of this form. Empty: every form.' }), to: 'query' },
  ],
  ...submissionsList('formId'),
  sample: submissionSample('formId', 'eHNbKMDuM4QRPq2O3DTZ', { 'Preferred Time': 'Weekday mornings' }),
  outputFields: submissionOutputFields('formId', 'Form'),
});
