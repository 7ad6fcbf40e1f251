/**
 * End to end (app tester → webhook relay → sandbox): every instant trigger of issue 17, with both
 * connections. Each case starts a relay against a fresh sandbox, subscribes through the app's
 * performSubscribe, posts GoHighLevel's signed webhook to the relay, runs perform on what reached the target
 * URL, and unsubscribes (test/e2e/relay.ts, cases/instant.ts).
 */
import { describeCases } from './harness';
import { INSTANT_CASES } from './cases/instant';

describeCases('instant triggers end to end (app tester → relay → sandbox)', INSTANT_CASES);
