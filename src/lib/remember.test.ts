import { describe, expect, it } from 'vitest';
import { remember } from './remember.ts';

describe('remember', () => {
  it('makes a value once per object and key, and again for another key or object', () => {
    const store = new WeakMap<object, Map<string, number>>();
    const [a, b] = [{}, {}];
    let made = 0;
    const make = () => ++made;
    expect(remember(store, a, 'en', make)).toBe(1);
    expect(remember(store, a, 'en', make)).toBe(1);
    expect(remember(store, a, 'ru', make)).toBe(2);
    expect(remember(store, b, 'en', make)).toBe(3);
    expect(made).toBe(3);
  });

  it('shares one promise between callers that ask before it settles', async () => {
    const store = new WeakMap<object, Map<string, Promise<string>>>();
    const owner = {};
    let made = 0;
    const make = () => new Promise<string>((resolve) => setTimeout(() => resolve(`rows ${++made}`), 5));
    const [first, second] = await Promise.all([remember(store, owner, 'kk', make), remember(store, owner, 'kk', make)]);
    expect([first, second]).toEqual(['rows 1', 'rows 1']);
  });
});
