import { pino } from 'pino';
import type { ReadinessCheck } from './api/readiness.ts';

/**
 * The Node face's log destination: stdout, written asynchronously with a bounded buffer, so that a
 * log that cannot be written (a closed pipe, a full disk, a reader that stopped reading) never
 * stops the service or blocks an answer. Lines that cannot be written are dropped and counted;
 * the decision record, not the log, is the evidence of what was answered. The sink's state is a
 * readiness check, so /readyz says what is wrong with the log.
 */
const MAX_BUFFER_BYTES = 4 * 1024 * 1024;

export function createLogSink(fd = 1) {
  const destination = pino.destination({ dest: fd, sync: false, maxLength: MAX_BUFFER_BYTES });
  let failure: string | undefined;
  let dropped = 0;
  destination.on('error', (error: NodeJS.ErrnoException) => {
    failure = error.code ?? error.name;
    // pino flushes synchronously at exit, and sonic-boom retries a failing synchronous write for
    // ever: with the log failing, that would keep the process from ever exiting.
    destination.flushSync = () => {};
  });
  destination.on('drop', () => {
    dropped += 1;
  });
  destination.on('write', () => {
    failure = undefined;
  });
  // pino's standard `time` (ISO 8601); an evaluation line carries its own evaluatedAt.
  const logger = pino({ base: { service: 'hjemmel' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  const readiness: ReadinessCheck = {
    name: 'log',
    critical: false,
    check: () =>
      failure
        ? `log lines cannot be written to stdout (${failure}); ${dropped} dropped so far. The service answers on: the decision record holds every answered evaluation.`
        : dropped > 0
          ? { note: `log lines are written to stdout; ${dropped} were dropped earlier` }
          : undefined,
  };
  return { logger, readiness, close: () => destination.destroy() };
}
