/**
 * Form and survey submissions (New Form Submission, New Survey Submission): GHL answers each submission's
 * answers in `others`, keyed by the field's key (`first_name`, `phone`…) or, for custom fields, by the
 * custom field's id. The triggers give them as `answers`, named by their question labels: the standard
 * fields' labels, and the custom fields' names from the sub-account's definitions.
 */
import { CUSTOM_FIELDS_SCOPE, fetchCustomFieldDefs } from '../lib/custom-fields';
import type { Ctx, Declaration, Input, OutputField } from '../lib/types';
import { isoInstant } from './conversations';

/** The labels GHL's form builder gives its standard fields. */
export const STANDARD_QUESTIONS: Record<string, string> = {
  full_name: 'Full Name',
  first_name: 'First Name',
  last_name: 'Last Name',
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  address1: 'Address',
  city: 'City',
  state: 'State',
  country: 'Country',
  postal_code: 'Postal Code',
  website: 'Website',
  organization: 'Business Name',
  company_name: 'Business Name',
  date_of_birth: 'Date of Birth',
  source: 'Source',
  terms_and_conditions: 'Terms and Conditions',
  message: 'Message',
};

/** Keys of `others` that are not answers: the visit's tracking data, the field order, GHL's own markers. */
const NOT_ANSWERS = new Set(['eventData', 'fieldsOriSequance', 'fieldsOriSequence', 'formId', 'surveyId', 'location_id', 'locationId', 'sessionId']);
const isAnswerKey = (k: string): boolean => !NOT_ANSWERS.has(k) && !/^__.*__$/.test(k);
/** A custom field's id, as GHL keys its answers (20 letters and digits). */
const looksLikeId = (k: string): boolean => /^[A-Za-z0-9]{16,24}$/.test(k) && /[A-Z]/.test(k) && /[0-9]/.test(k);

/** `preferred_time` → "Preferred Time". */
const titled = (key: string): string =>
  key
    .replace(/^contact\./, '')
    .replace(/[_.]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim()
    .replace(/\b\w/g, (c) => c.toUpperCase());

/**
 * The answers of a submission by question label, in the form's order (`fieldsOriSequance`, then the rest).
 * Custom fields are named from the sub-account's definitions (read only when an answer is one); a custom
 * field GHL no longer knows keeps its id as its name.
 */
export const answersByLabel = async (others: any, ctx: Pick<Ctx, 'z' | 'bundle' | 'locationId' | 'token'>): Promise<Record<string, unknown>> => {
  if (!others || typeof others !== 'object') return {};
  const order: string[] = Array.isArray(others.fieldsOriSequance) ? others.fieldsOriSequance : [];
  const keys = [...new Set([...order.filter((k) => k in others), ...Object.keys(others)])].filter(isAnswerKey);
  const ids = keys.filter((k) => !(k in STANDARD_QUESTIONS) && looksLikeId(k));
  const defs = ids.length ? await fetchCustomFieldDefs(ctx.z, ctx.bundle, 'contact', { locationId: ctx.locationId, token: ctx.token }, ids) : [];
  const byId = new Map(defs.map((d) => [d.id, d.name]));
  const byKey = new Map(defs.filter((d) => d.fieldKey).map((d) => [String(d.fieldKey).replace(/^contact\./, ''), d.name]));
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const label = STANDARD_QUESTIONS[k] ?? byId.get(k) ?? byKey.get(k) ?? (looksLikeId(k) ? k : titled(k));
    out[label in out ? `${label} (${k})` : label] = others[k];
  }
  return out;
};

/**
 * One submission as the trigger fires it: the submission's id is the event's id (`submissionId` again
 * beside it), the answers by label, the page it was sent from, and GHL's raw data.
 */
export const submissionItem = (parentKey: 'formId' | 'surveyId') => async (s: any, _input: Input, ctx: Ctx) => {
  const page = s?.others?.eventData?.page;
  return {
    id: String(s.id),
    submissionId: s.id,
    [parentKey]: s[parentKey],
    contactId: s.contactId,
    name: s.name,
    email: s.email,
    createdAt: isoInstant(s.createdAt),
    answers: await answersByLabel(s.others, ctx),
    ...(page?.url ? { pageUrl: page.url } : {}),
    ...(s.others?.eventData?.source ? { source: s.others.eventData.source } : {}),
    others: s.others ?? {},
  };
};

/** What the two submission triggers share: the list, its paging and order, the custom fields' scope. */
export const submissionsList = (parentKey: 'formId' | 'surveyId'): Pick<Declaration, 'list' | 'extraRequests'> => ({
  list: { key: 'submissions', paging: { style: 'page/limit', size: 100 }, sortBy: 'createdAt', each: submissionItem(parentKey) },
  extraRequests: 'custom field definitions (contact), when an answer is a custom field, on a cold cache',
});
export const SUBMISSION_SCOPES = [CUSTOM_FIELDS_SCOPE];

const ANSWERS = {
  'Full Name': 'Rubika Deo',
  Email: 'rubika@deos.com',
  Phone: '+18832327657',
  Pincode: '35061',
};

export const submissionSample = (parentKey: 'formId' | 'surveyId', parentId: string, extra: Record<string, unknown>) => ({
  id: '38303ec7-629a-49e2-888a-cf8bf0b1f97e',
  submissionId: '38303ec7-629a-49e2-888a-cf8bf0b1f97e',
  [parentKey]: parentId,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  name: 'Rubika Deo',
  email: 'rubika@deos.com',
  createdAt: '2026-07-08T14:07:04.000Z',
  answers: { ...ANSWERS, ...extra },
  pageUrl: 'https://acmedental.example.com/book',
  source: 'Direct traffic',
  others: {
    full_name: 'Rubika Deo',
    email: 'rubika@deos.com',
    phone: '+18832327657',
    MgobCB14YMVKuE4Ka8p1: '35061',
    eventData: { source: 'Direct traffic', page: { url: 'https://acmedental.example.com/book', title: 'Book a visit' } },
  },
});

export const submissionOutputFields = (parentKey: 'formId' | 'surveyId', parentLabel: string): OutputField[] => [
  { key: 'id', label: 'ID (the submission ID)' },
  { key: 'submissionId', label: 'Submission ID' },
  { key: parentKey, label: `${parentLabel} ID` },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'createdAt', label: 'Submitted At', type: 'datetime' },
  { key: 'answers', label: 'Answers (by question)' },
  { key: 'pageUrl', label: 'Page URL' },
  { key: 'source', label: 'Source' },
  { key: 'others', label: 'All Submitted Data (as GoHighLevel keeps it)' },
];
