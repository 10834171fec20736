import { connect } from 'node:net';
import type { AppConfig } from '@dsar/config';
import { chooseRunMode, type RunMode } from './run-mode.js';

const PROBE_TIMEOUT_MS = 500;

/** Looks at the settings (`env`: which ones were given at all) and the local servers, then decides. */
export async function detectRunMode(
  config: AppConfig,
  env: Record<string, string | undefined>,
): Promise<RunMode> {
  const [localDatabaseAnswers, localRedisAnswers] = await Promise.all([
    answers('127.0.0.1', 5432),
    answers('127.0.0.1', 6379),
  ]);
  return chooseRunMode({
    embeddedForced: config.embedded,
    databaseUrlSet: Boolean(env.DATABASE_URL),
    redisUrlSet: Boolean(env.REDIS_URL),
    localDatabaseAnswers,
    localRedisAnswers,
  });
}

/** True when something accepts a TCP connection there. */
export function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: PROBE_TIMEOUT_MS });
    const settle = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.once('connect', () => settle(true));
    socket.once('timeout', () => settle(false));
    socket.once('error', () => settle(false));
  });
}
