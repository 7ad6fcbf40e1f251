/**
 * `npm run relay`: one relay instance configured by the environment (docs/RELAY.md), until SIGINT or
 * SIGTERM. A configuration error is printed in plain words and exits 1.
 */
import { createLogger, messageOf } from './log';
import { startRelay } from './relay';

const log = createLogger();

process.on('unhandledRejection', (err) => log.error('process.unhandled_rejection', { error: messageOf(err) }));

startRelay()
  .then((relay) => {
    const stop = () => {
      relay.close().then(
        () => process.exit(0),
        (err) => {
          log.error('relay.stop_failed', { error: messageOf(err) });
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((err) => {
    log.error('relay.start_failed', { error: messageOf(err) });
    process.exit(1);
  });
