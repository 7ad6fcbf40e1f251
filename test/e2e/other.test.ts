/** End to end: other (test/e2e/cases/other.ts), sub-account and agency connections. */
import { describeCases } from './harness';
import { OTHER_CASES } from './cases/other';

describeCases('other end to end (app tester → sandbox)', OTHER_CASES);
