// Structured JSON logs (one object per line, pino) for everything Nest and our code log.
import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/**
 * Nest's own start-up narration (each module loaded, each route mapped, "application started"):
 * dozens of lines a newcomer's `npm start` would bury the first admin's password and the URL in.
 * They stay available at LOG_LEVEL=debug; these contexts' warnings and errors are kept as they are.
 */
export const FRAMEWORK_STARTUP_CONTEXTS: ReadonlySet<string> = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'GraphQLModule',
]);

export class JsonLogger implements LoggerService {
  readonly pino: Logger;

  /** `destination` is standard output unless a test reads the lines. */
  constructor(level: string, destination?: pino.DestinationStream) {
    this.pino = pino({ level, base: { service: 'life-relay-api' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  }

  log(message: unknown, context?: string) {
    this.write(context && FRAMEWORK_STARTUP_CONTEXTS.has(context) ? 'debug' : 'info', message, context);
  }
  error(message: unknown, trace?: string, context?: string) {
    this.pino.error({ context, trace }, this.text(message));
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.write('trace', message, context);
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace', message: unknown, context?: string) {
    if (message !== null && typeof message === 'object') this.pino[level]({ context, ...message });
    else this.pino[level]({ context }, this.text(message));
  }

  private text(message: unknown): string {
    return message instanceof Error ? message.message : String(message);
  }
}
