/**
 * Form and survey submissions, and the sub-account's surveys (the forms themselves are in marketing.ts):
 * `GET /forms/submissions` and `GET /surveys/submissions` (newest first, `page`/`limit` ≤ 100, the form or
 * survey, `q` on contact id/name/email/phone, `startAt`/`endAt` as YYYY-MM-DD, by default the last month),
 * `GET /surveys/`. Answers are kept as GHL keeps them: `others`, keyed by field key or custom field id.
 * Submissions arrive only from the forms themselves: tests put them into the tables.
 */
import { fail, type Handler } from '../http';
import { limitSkip, matchesText } from '../kit';
import { defineResource } from '../resource';
import { SEED, MESSAGING_SEED } from '../seed-ids';

const DAY = 86_400_000;

const submissionsOf =
  (table: string, parentKey: 'formId' | 'surveyId'): Handler =>
  (req, state) => {
    const q = req.query;
    const limit = Number(q.limit) > 0 ? Number(q.limit) : 20;
    if (limit > 100) throw fail(422, ['limit must not be greater than 100']);
    const page = Number(q.page) > 0 ? Number(q.page) : 1;
    const dayOf = (v: string, end: boolean) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw fail(422, [`${end ? 'endAt' : 'startAt'} must be a date as YYYY-MM-DD`]);
      return Date.parse(`${v}T00:00:00Z`) + (end ? DAY - 1 : 0);
    };
    const start = q.startAt ? dayOf(q.startAt, false) : Date.now() - 31 * DAY;
    const end = q.endAt ? dayOf(q.endAt, true) : Date.now() + DAY;
    const all = state
      .table(table)
      .where((s) => s.locationId === q.locationId && (!q[parentKey] || s[parentKey] === q[parentKey]))
      .filter((s) => Date.parse(s.createdAt) >= start && Date.parse(s.createdAt) <= end)
      .filter((s) => matchesText(q.q, s.contactId, s.name, s.email, s.others?.phone))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const slice = all.slice((page - 1) * limit, page * limit);
    return {
      submissions: slice.map(({ locationId: _loc, ...s }) => s),
      meta: { total: all.length, currentPage: page, nextPage: page * limit < all.length ? page + 1 : null, prevPage: page > 1 ? page - 1 : null },
    };
  };

export default defineResource({
  name: 'forms',
  routes: (r) => {
    r.get('/forms/submissions', submissionsOf('formSubmissions', 'formId'));
    r.get('/surveys/submissions', submissionsOf('surveySubmissions', 'surveyId'));
    r.get('/surveys/', (req, s) => {
      const surveys = s.table('surveys').where((x) => x.locationId === req.query.locationId);
      return { surveys: limitSkip(surveys, req.query, 10).map(({ id, name, locationId }) => ({ id, name, locationId })), total: surveys.length };
    });
  },
  seed: (s) => {
    const { locationId } = s.options;
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    const visit = (url: string, title: string) => ({ source: 'Direct traffic', medium: 'form', type: 'page-visit', domain: 'acmedental.example.com', page: { url, title } });
    s.table('surveys').put({ id: MESSAGING_SEED.surveyId, name: 'Post-visit feedback', locationId });
    s.table('formSubmissions').put({
      id: MESSAGING_SEED.formSubmissions.rubika,
      locationId,
      contactId: SEED.contacts.rubika,
      formId: SEED.formId,
      name: 'Rubika Deo',
      email: 'rubika@deos.com',
      createdAt: at(30),
      others: {
        full_name: 'Rubika Deo',
        email: 'rubika@deos.com',
        phone: '+18832327657',
        MgobCB14YMVKuE4Ka8p1: '35061',
        preferred_time: 'Weekday mornings',
        fieldsOriSequance: ['full_name', 'email', 'phone', 'MgobCB14YMVKuE4Ka8p1', 'preferred_time'],
        eventData: visit('https://acmedental.example.com/book', 'Book a consultation'),
      },
    });
    s.table('formSubmissions').put({
      id: MESSAGING_SEED.formSubmissions.john,
      locationId,
      contactId: SEED.contacts.john,
      formId: SEED.formId,
      name: 'John Deo',
      email: 'john@deo.com',
      createdAt: at(6),
      others: {
        full_name: 'John Deo',
        email: 'john@deo.com',
        phone: '+12025550107',
        preferred_time: 'Saturday',
        fieldsOriSequance: ['full_name', 'email', 'phone', 'preferred_time'],
        eventData: visit('https://acmedental.example.com/book', 'Book a consultation'),
      },
    });
    s.table('surveySubmissions').put({
      id: MESSAGING_SEED.surveySubmissionId,
      locationId,
      contactId: SEED.contacts.rubika,
      surveyId: MESSAGING_SEED.surveyId,
      name: 'Rubika Deo',
      email: 'rubika@deos.com',
      createdAt: at(20),
      others: {
        email: 'rubika@deos.com',
        how_likely_are_you_to_recommend_us: '9',
        jR8nA1bQ7kLmP2sT4uVw: ['Blue'],
        fieldsOriSequance: ['email', 'how_likely_are_you_to_recommend_us', 'jR8nA1bQ7kLmP2sT4uVw'],
        eventData: { ...visit('https://acmedental.example.com/feedback', 'How was your visit?'), medium: 'survey' },
      },
    });
  },
});
