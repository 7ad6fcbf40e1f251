/** End to end: workflows (test/e2e/cases/workflows.ts), sub-account and agency connections. */
import { describeCases } from './harness';
import { WORKFLOW_CASES } from './cases/workflows';

describeCases('workflows end to end (app tester → sandbox)', WORKFLOW_CASES);
