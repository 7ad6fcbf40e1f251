/** End to end: users (test/e2e/cases/users.ts), sub-account and agency connections. */
import { describeCases } from './harness';
import { USER_CASES } from './cases/users';

describeCases('users end to end (app tester → sandbox)', USER_CASES);
