/** End to end: opportunities (test/e2e/cases/opportunities.ts), sub-account and agency connections. */
import { describeCases } from './harness';
import { OPPORTUNITY_CASES } from './cases/opportunities';

describeCases('opportunities end to end (app tester → sandbox)', OPPORTUNITY_CASES);
