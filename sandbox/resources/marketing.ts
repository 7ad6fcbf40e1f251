/**
 * Marketing automation a sub-account already has (read only through the API): campaigns, workflows and
 * forms. Contacts are enrolled in campaigns and workflows by `contact-activity.ts`.
 */
import { limitSkip } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';

export default defineResource({
  name: 'marketing',
  routes: (r) => {
    r.get('/campaigns/', (req, s) => ({
      campaigns: s
        .table('campaigns')
        .where((c) => c.locationId === req.query.locationId && (!req.query.status || c.status === req.query.status)),
    }));
    r.get('/workflows/', (req, s) => ({ workflows: s.table('workflows').where((w) => w.locationId === req.query.locationId) }));
    r.get('/forms/', (req, s) => {
      const forms = s.table('forms').where((f) => f.locationId === req.query.locationId && (!req.query.type || f.type === req.query.type));
      return { forms: limitSkip(forms, req.query, 10).map(({ id, name, locationId }) => ({ id, name, locationId })), total: forms.length };
    });
  },
  seed: (s) => {
    const { locationId } = s.options;
    s.table('campaigns').put({ id: SEED.campaignId, name: 'Spring check-up reminders', status: 'published', locationId });
    s.table('campaigns').put({ id: 'cA7Np3Lq9Wx2Rv5Tb8Mz', name: 'Whitening promo (draft)', status: 'draft', locationId });
    const stamp = '2025-11-02T10:15:00.000Z';
    s.table('workflows').put({ id: SEED.workflowId, name: 'New lead nurture', status: 'published', version: 3, createdAt: stamp, updatedAt: stamp, locationId });
    s.table('workflows').put({ id: '1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b', name: 'No-show follow-up', status: 'draft', version: 1, createdAt: stamp, updatedAt: stamp, locationId });
    s.table('forms').put({ id: SEED.formId, name: 'Book a consultation', type: 'form', locationId });
    s.table('forms').put({ id: 'fQ2Wm8Xn4Lp6Rt1Vb3Kc', name: 'Patient satisfaction survey', type: 'survey', locationId });
  },
});
