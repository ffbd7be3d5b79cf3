/**
 * The interface words of every edition. English (en.ts, with en-reuse.ts) is
 * the model; the Russian and Kazakh files are typed by it, so a missing or misspelt key is
 * a type error (`npm run typecheck`), as in Starlight's translations.
 */
import { ui as en } from './en.ts';
import { ui as ru } from './ru.ts';
import { ui as kk } from './kk.ts';
import type { Lang } from './locales.ts';

/** The shape of en.ts with its words widened to any string: what a translation must provide. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer E)[]
      ? readonly Widen<E>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

export type Ui = Widen<typeof en>;

const all: Record<Lang, Ui> = { en, ru, kk };

export const uiFor = (lang: Lang): Ui => all[lang];
