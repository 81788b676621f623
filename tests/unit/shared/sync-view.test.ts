import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeSyncProblem,
  formatSyncTime,
  serverOriginPattern,
  syncStatusLines,
  type SyncProblem,
  type SyncView,
} from '../../../src/shared/sync-view.ts';

const PROBLEMS: SyncProblem[] = [
  'unreachable',
  'unauthorized',
  'no-database',
  'forbidden',
  'too-large',
  'quota',
  'not-couchdb',
  'bad-url',
  'bad-database',
  'no-permission',
  'unexpected',
];

type Messages = Record<string, { message: string }>;
const zh = JSON.parse(readFileSync('_locales/zh_CN/messages.json', 'utf8')) as Messages;
const en = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Messages;

describe('sync problems in plain words', () => {
  it('has its own English sentence for every problem', () => {
    const sentences = PROBLEMS.map(describeSyncProblem);
    expect(sentences.every((s) => s.length > 10)).toBe(true);
    expect(new Set(sentences).size).toBe(PROBLEMS.length);
    expect(describeSyncProblem('unauthorized')).toBe('Wrong username or password.');
  });

  it('has a Chinese sentence for every problem', () => {
    const keyOf = (sentence: string) => Object.keys(en).find((key) => en[key]!.message === sentence)!;
    for (const problem of PROBLEMS) {
      const key = keyOf(describeSyncProblem(problem));
      expect(zh[key]?.message, problem).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('serverOriginPattern', () => {
  it('asks for the origin only, whatever path the server URL has', () => {
    expect(serverOriginPattern('https://couch.example.com/db-prefix/')).toBe('https://couch.example.com/*');
    expect(serverOriginPattern('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984/*');
  });

  it('refuses what is not http(s)', () => {
    expect(serverOriginPattern('ftp://couch.example.com')).toBeUndefined();
    expect(serverOriginPattern('couch.example.com')).toBeUndefined();
    expect(serverOriginPattern('javascript:alert(1)')).toBeUndefined();
  });
});

describe('syncStatusLines', () => {
  const on: SyncView = {
    enabled: true,
    state: 'idle',
    pending: 2,
    lastSyncAt: '2026-12-05T08:30:00.000Z',
    serverUrl: 'https://couch.example.com',
    database: 'jianbao',
  };
  const now = new Date('2026-12-05T09:00:00.000Z');

  it('says sync is off, and nothing else, when it is off', () => {
    expect(syncStatusLines({ enabled: false, state: 'off', pending: 0 })).toEqual(['Sync is off.']);
  });

  it('names the server, the last sync and the changes waiting', () => {
    const lines = syncStatusLines(on, true, now);
    expect(lines[0]).toBe('Syncing with jianbao on https://couch.example.com.');
    expect(lines[1]).toBe(`Last synced: ${formatSyncTime(on.lastSyncAt!, now)}`);
    expect(lines[2]).toBe('Changes waiting: 2');
  });

  it('leaves out the server for the popup, and the waiting count when nothing waits', () => {
    expect(syncStatusLines({ ...on, pending: 0 }, false, now)).toEqual([
      `Last synced: ${formatSyncTime(on.lastSyncAt!, now)}`,
    ]);
    expect(syncStatusLines({ ...on, lastSyncAt: undefined, state: 'syncing' }, false, now)).toEqual([
      'Syncing…',
      'Not synced yet.',
      'Changes waiting: 2',
    ]);
  });

  it('shows a date only for a sync on another day', () => {
    const today = formatSyncTime('2026-12-05T08:30:00.000Z', now);
    const earlier = formatSyncTime('2026-11-30T08:30:00.000Z', now);
    expect(earlier.length).toBeGreaterThan(today.length);
    expect(formatSyncTime('not a date', now)).toBe('not a date');
  });
});
