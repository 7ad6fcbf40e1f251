import { defineOperation } from '../lib/operation';
import { idField } from '../lib/fields';
import { SUBMISSION_SCOPES, submissionOutputFields, submissionSample, submissionsList } from '../domains/forms';

/** Fires once per submission, newest first; the answers named by their question labels (domains/forms.ts). */
export default defineOperation({
  key: 'new_survey_submission',
  kind: 'trigger',
  noun: 'Submission',
  label: 'New Survey Submission',
  description: 'Triggers when a survey is submitted, with the answers named by their questions.',
  endpoint: { method: 'GET', path: '/surveys/submissions' },
  scopes: ['surveys.readonly', ...SUBMISSION_SCOPES],
  location: 'query',
  inputFields: [
    { ...idField('surveyId', 'Survey', 'dropdown_surveys.id.name', { required: false, helpText: 'Only submissions of this survey. Empty: every survey.' }), to: 'query' },
  ],
  ...submissionsList('surveyId'),
  sample: submissionSample('surveyId', 'jjusM6EOngDExnbo2DbU', { 'How Likely Are You To Recommend Us': '9' }),
  outputFields: submissionOutputFields('surveyId', 'Survey'),
});
