/** End to end: conversations (test/e2e/cases/conversations.ts), sub-account and agency connections. */
import { describeCases } from './harness';
import { CONVERSATION_CASES } from './cases/conversations';

describeCases('conversations end to end (app tester → sandbox)', CONVERSATION_CASES);
