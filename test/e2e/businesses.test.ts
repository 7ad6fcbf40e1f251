/** End to end: businesses (test/e2e/cases/businesses.ts), sub-account and agency connections. */
import { describeCases } from './harness';
import { BUSINESS_CASES } from './cases/businesses';

describeCases('businesses end to end (app tester → sandbox)', BUSINESS_CASES);
