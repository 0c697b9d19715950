import { redactValue } from './redact.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Anything with some of `debug`/`info`/`warn`/`error`, such as `console` or a pino logger.
 * Clients pass it only redacted text: no credential header value, and no secret of
 * `MIN_SCRUBBED_SECRET_LENGTH` characters or more.
 */
export type Logger = Partial<Record<LogLevel, (message: string, details?: Record<string, unknown>) => void>>;

/**
 * Logs through `logger` after passing the message and details through `redact`. A logger that
 * throws is ignored: a log line must never change a call's outcome (a create the server accepted
 * would otherwise be reported as failed, and perhaps sent again).
 */
export function createSafeLog(logger: Logger | undefined, redact: (text: string) => string) {
  if (!logger) return undefined;
  return (level: LogLevel, message: string, details?: Record<string, unknown>): void => {
    try {
      const write = logger[level];
      if (typeof write !== 'function') return;
      // Only pass details when there are some: `console.debug(message, undefined)` prints "undefined".
      const written: unknown = details === undefined ? write.call(logger, redact(message)) : write.call(logger, redact(message), redactValue(details, redact));
      // An async logger's rejection would otherwise surface as an unhandled rejection.
      if (written instanceof Promise) written.catch(() => {});
    } catch {
      // The logger's own failure; there is nowhere safe to report it.
    }
  };
}

export type SafeLog = NonNullable<ReturnType<typeof createSafeLog>>;
