import { describe, expect, it } from 'vitest';
import { Backlog, hostOf } from '../../../src/background/fetch-queue/backlog.ts';
import { afterPage, nextStep } from '../../../src/background/fetch-queue/schedule.ts';
import { LIMITS } from './fake-queue.ts';

const backlogOf = (...urls: string[]): Backlog => {
  const backlog = new Backlog();
  backlog.add(urls.map((url, i) => ({ id: `l${i}`, url })));
  return backlog;
};

describe('nextStep', () => {
  it('starts the first link of a free site', () => {
    const step = nextStep(backlogOf('http://a.test/1', 'http://b.test/1'), idle(), 0, LIMITS);
    expect(step).toMatchObject({ kind: 'start', item: { id: 'l0' }, host: 'a.test' });
  });

  it('never starts a second page on a site with one loading', () => {
    const backlog = backlogOf('http://a.test/1', 'http://a.test/2');
    backlog.remove({ id: 'l0', url: 'http://a.test/1' });
    const step = nextStep(backlog, { busyHosts: new Set(['a.test']), hostFreeAt: {} }, 0, LIMITS);
    expect(step).toEqual({ kind: 'busy' });
  });

  it('starts no third page when two are loading', () => {
    const backlog = backlogOf('http://c.test/1');
    const step = nextStep(backlog, { busyHosts: new Set(['a.test', 'b.test']), hostFreeAt: {} }, 0, LIMITS);
    expect(step).toEqual({ kind: 'busy' });
  });

  it('waits for the end of the soonest pause when every waiting site is pausing', () => {
    const backlog = backlogOf('http://a.test/1', 'http://b.test/1');
    const step = nextStep(
      backlog,
      { busyHosts: new Set(), hostFreeAt: { 'a.test': 2_500, 'b.test': 1_200 } },
      1_000,
      LIMITS,
    );
    expect(step).toEqual({ kind: 'wait', ms: 200 });
  });

  it('gives the site that waited longest its turn first', () => {
    const backlog = backlogOf('http://a.test/1', 'http://b.test/1');
    const step = nextStep(
      backlog,
      { busyHosts: new Set(), hostFreeAt: { 'a.test': 900, 'b.test': 100 } },
      1_000,
      LIMITS,
    );
    expect(step).toMatchObject({ kind: 'start', host: 'b.test' });
  });

  it('tells an empty queue from a busy one', () => {
    expect(nextStep(new Backlog(), idle(), 0, LIMITS)).toEqual({ kind: 'empty' });
    expect(nextStep(new Backlog(), { busyHosts: new Set(['a.test']), hostFreeAt: {} }, 0, LIMITS)).toEqual({
      kind: 'busy',
    });
  });
});

describe('afterPage', () => {
  it('starts the site pause when its page is done and forgets pauses already over', () => {
    expect(afterPage({ 'old.test': 500, 'b.test': 5_000 }, 'a.test', 1_000, LIMITS)).toEqual({
      'a.test': 4_000,
      'b.test': 5_000,
    });
  });
});

describe('hostOf', () => {
  it('keys a site by host name and port, and an unreadable address by nothing', () => {
    expect(hostOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
    expect(hostOf('https://News.Example.com/x')).toBe('news.example.com');
    expect(hostOf('not a url')).toBe('');
  });
});

function idle() {
  return { busyHosts: new Set<string>(), hostFreeAt: {} };
}
