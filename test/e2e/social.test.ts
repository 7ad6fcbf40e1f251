/** End to end: social (test/e2e/cases/social.ts), sub-account and agency connections. */
import { describeCases } from './harness';
import { SOCIAL_CASES } from './cases/social';

describeCases('social end to end (app tester → sandbox)', SOCIAL_CASES);
