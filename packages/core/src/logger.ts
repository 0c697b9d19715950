import { redactValue } from './redact.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Anything with some of `debug`/`info`/`warn`/`error`, such as `console` or a pino logger.
 * Clients pass it only redacted text: no API key, password, token or `Authorization` value.
 */
export type Logger = Partial<Record<LogLevel, (message: string, details?: Record<string, unknown>) => void>>;

/** Logs through `logger` after passing the message and details through `redact`. */
export function createSafeLog(logger: Logger | undefined, redact: (text: string) => string) {
  if (!logger) return undefined;
  return (level: LogLevel, message: string, details?: Record<string, unknown>): void => {
    const write = logger[level];
    if (!write) return;
    // Only pass details when there are some: `console.debug(message, undefined)` prints "undefined".
    if (details === undefined) write.call(logger, redact(message));
    else write.call(logger, redact(message), redactValue(details, redact));
  };
}

export type SafeLog = NonNullable<ReturnType<typeof createSafeLog>>;
