// The server gives memory back after parsing long documents: one compacting collection once it is idle.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectYoung, compactHeap, HeapCompactor } from '../server/src/heap';

describe('compactHeap', () => {
  it('runs a full collection in this Node', () => {
    expect(compactHeap()).toBe(true);
  });

  it('runs a young collection in this Node', () => {
    expect(collectYoung()).toBe(true);
  });
});

describe('HeapCompactor', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('compacts once, after enough text was parsed and the server has been idle', () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const compactor = new HeapCompactor((_ms, chars) => calls.push(chars), 1000, 50);
    compactor.noteParsed(600);
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([]); // not enough text yet
    compactor.noteParsed(600);
    vi.advanceTimersByTime(40);
    compactor.noteParsed(0); // more work restarts the idle wait
    vi.advanceTimersByTime(40);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(calls).toEqual([1200]);
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual([1200]); // the count starts again from zero
    compactor.dispose();
  });

  it('does nothing after being disposed', () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const compactor = new HeapCompactor((_ms, chars) => calls.push(chars), 10, 50);
    compactor.noteParsed(100);
    compactor.dispose();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual([]);
  });
});
