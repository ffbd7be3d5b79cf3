import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settled } from './settled-watcher.ts';

describe('settled', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('tells a listener of a save in place once, after the file has been still, with the last event', () => {
    const watcher = new EventEmitter();
    const heard: unknown[][] = [];
    settled(watcher, 60).on('change', (...args) => heard.push(args));
    watcher.emit('change', 'content/sources.yaml', 'emptied');
    vi.advanceTimersByTime(40);
    watcher.emit('change', 'content/sources.yaml', 'written');
    vi.advanceTimersByTime(59);
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual([['content/sources.yaml', 'written']]);
  });

  it('tells of a file whose second event was lost, once it has been still', () => {
    const watcher = new EventEmitter();
    const heard: unknown[] = [];
    settled(watcher, 60).on('add', (path) => heard.push(path));
    watcher.emit('add', 'content/entries/2025/detection.mdx');
    vi.advanceTimersByTime(60);
    expect(heard).toEqual(['content/entries/2025/detection.mdx']);
  });

  it('waits for each file on its own', () => {
    const watcher = new EventEmitter();
    const heard: unknown[] = [];
    settled(watcher, 60).on('change', (path) => heard.push(path));
    watcher.emit('change', 'a.mdx');
    vi.advanceTimersByTime(30);
    watcher.emit('change', 'b.mdx');
    vi.advanceTimersByTime(30);
    expect(heard).toEqual(['a.mdx']);
    vi.advanceTimersByTime(30);
    expect(heard).toEqual(['a.mdx', 'b.mdx']);
  });

  it('passes other events at once, and leaves the watcher’s own methods to it', () => {
    const watcher = new EventEmitter();
    const heard: unknown[] = [];
    const wrapped = settled(watcher, 60);
    expect(wrapped.on('unlink', (path) => heard.push(path))).toBe(wrapped);
    wrapped.emit('unlink', 'a.mdx');
    expect(heard).toEqual(['a.mdx']);
    expect(wrapped.listenerCount('unlink')).toBe(1);
  });
});
