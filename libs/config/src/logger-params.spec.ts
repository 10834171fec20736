import { describe, expect, it } from '@jest/globals';
import { loggerParams } from './logger-params.js';

describe('logger parameters', () => {
  it('writes JSON lines to stdout without blocking, one stream per process', () => {
    const production = loggerParams({ logLevel: 'info', nodeEnv: 'production' }).pinoHttp;
    expect(Array.isArray(production)).toBe(true);
    const [options, destination] = production as unknown as [
      unknown,
      { fd: number; sync: boolean },
    ];
    expect(options).toMatchObject({ level: 'info', autoLogging: true });
    expect(destination).toMatchObject({ fd: 1, sync: false });
    const again = loggerParams({ logLevel: 'info', nodeEnv: 'production' }).pinoHttp as unknown[];
    expect(again[1]).toBe(destination);
  });

  it("keeps a caller's destination (the tests', the embedded mode's)", () => {
    const lines: string[] = [];
    const destination = { write: (line: string) => lines.push(line) };
    const params = loggerParams({ logLevel: 'warn', nodeEnv: 'test', logDestination: destination });
    expect((params.pinoHttp as unknown[])[1]).toBe(destination);
  });
});
