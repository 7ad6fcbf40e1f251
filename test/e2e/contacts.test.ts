/** End to end: contacts, tags, notes, tasks (test/e2e/cases/contacts.ts), sub-account and agency connections. */
import { describeCases } from './harness';
import { CONTACT_CASES } from './cases/contacts';

describeCases('contacts end to end (app tester → sandbox)', CONTACT_CASES);
