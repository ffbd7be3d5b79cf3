import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterQuiet } from './after-quiet.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('afterQuiet', () => {
  it('runs once a burst of calls has stopped, not once per call', () => {
    const run = vi.fn();
    const poke = afterQuiet(run, 60, () => {});
    poke();
    vi.advanceTimersByTime(40);
    poke();
    vi.advanceTimersByTime(40);
    poke();
    vi.advanceTimersByTime(59);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs again for a later burst', () => {
    const run = vi.fn();
    const poke = afterQuiet(run, 60, () => {});
    poke();
    vi.advanceTimersByTime(60);
    poke();
    vi.advanceTimersByTime(60);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('hands an error to `failed` instead of throwing where no one catches it', () => {
    const failed = vi.fn();
    const poke = afterQuiet(() => { throw new Error('content/ vanished'); }, 60, failed);
    poke();
    vi.advanceTimersByTime(60);
    expect(failed).toHaveBeenCalledWith(new Error('content/ vanished'));
  });

  it('hands a failed asynchronous run to `failed` too', async () => {
    const failed = vi.fn();
    const poke = afterQuiet(() => Promise.reject(new Error('the check thread stopped')), 60, failed);
    poke();
    await vi.advanceTimersByTimeAsync(60);
    expect(failed).toHaveBeenCalledWith(new Error('the check thread stopped'));
  });
});
