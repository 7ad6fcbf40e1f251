/**
 * The sub-account's email templates (Marketing > Emails > Templates), read through GET /emails/builder;
 * calendar notifications send one of them by id.
 */
import { limitSkip, newestFirst } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';

export default defineResource({
  name: 'emails',
  routes: (r) => {
    r.get('/emails/builder', (req, s) => {
      const mine = s.table('emailTemplates').where((t) => t.locationId === req.query.locationId);
      const sorted = [...mine].sort(newestFirst('dateAdded'));
      if (req.query.sortByDate === 'asc') sorted.reverse();
      // GHL answers the templates under `builders` (contract/errata.ts).
      return { builders: limitSkip(sorted, req.query, 10).map(({ locationId: _l, ...t }) => t), total: [{ total: mine.length }] };
    });
  },
  seed: (s) => {
    const { locationId } = s.options;
    const template = (id: string, name: string, dateAdded: string) => ({
      id,
      locationId,
      name,
      updatedBy: 'Rubika Deo',
      isPlainText: false,
      lastUpdated: dateAdded,
      dateAdded,
      previewUrl: `https://msgsndr-private.storage.googleapis.com/preview/${id}.html`,
      version: '2',
      templateType: 'builder',
    });
    s.table('emailTemplates').put(template(SEED.emailTemplateId, 'Appointment reminder', '2025-10-04T08:30:00.000Z'));
    s.table('emailTemplates').put(template('Tm6Rb2Xw9Lq4Vn7Kc1Pz', 'Welcome to Acme Dental', '2025-09-12T14:05:00.000Z'));
  },
});
