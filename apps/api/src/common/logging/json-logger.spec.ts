// What a newcomer's `npm start` prints at the default level: the platform's own lines, not Nest's
// narration of every module and route, which LOG_LEVEL=debug still shows.
import { NestFactory } from '@nestjs/core';
import { Controller, Get, Module } from '@nestjs/common';
import { JsonLogger } from './json-logger';

@Controller('ping')
class PingController {
  @Get()
  ping() {
    return 'pong';
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

async function linesOfStart(level: string): Promise<{ level: number; context?: string; msg: string }[]> {
  const lines: string[] = [];
  const logger = new JsonLogger(level, { write: (line: string) => lines.push(line) });
  const app = await NestFactory.create(PingModule, { logger });
  await app.init();
  logger.log('Life Relay is ready', 'Server');
  logger.warn('careful', 'RouterExplorer');
  await app.close();
  return lines.map((line) => JSON.parse(line));
}

describe('JsonLogger', () => {
  it('keeps Nest’s start-up lines at debug level and everything else as logged', async () => {
    const info = await linesOfStart('info');
    expect(info.map((l) => [l.level, l.context, l.msg])).toEqual([
      [30, 'Server', 'Life Relay is ready'],
      [40, 'RouterExplorer', 'careful'],
    ]);

    const debug = await linesOfStart('debug');
    const contexts = new Set(debug.filter((l) => l.level === 20).map((l) => l.context));
    expect([...contexts].sort()).toEqual(['InstanceLoader', 'NestApplication', 'NestFactory', 'RouterExplorer', 'RoutesResolver']);
    expect(debug).toContainEqual(expect.objectContaining({ level: 20, context: 'RouterExplorer', msg: 'Mapped {/ping, GET} route' }));
  });
});
