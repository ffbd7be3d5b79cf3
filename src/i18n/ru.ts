import type { Ui } from './ui.ts';
import { chart, cite, data, notes, print } from './ru-reuse.ts';
import { pluralRules } from '../lib/intl.ts';

/** Interface words of the Russian edition (translated from en.ts; keys are checked against it). */
export const ui: Ui = {
  siteName: 'Справки о киберпреступности в Казахстане',
  tagline: 'Данные о киберпреступности и общественной безопасности в Казахстане — каждый показатель с официальным источником.',
  currency: { RUB: 'рублей' },
  skipToContent: 'Перейти к содержимому',
  editions: {
    label: 'Язык',
    fallback: 'Эта страница ещё не переведена и показана на английском языке.',
    // Dates end in «г.», which also ends the sentence.
    translatedFrom: (date: string) => `Перевод английской версии от ${date}${date.endsWith('.') ? '' : '.'}`,
    outdated: (date: string) => `Перевод может не учитывать изменений английской версии от ${date}${date.endsWith('.') ? '' : '.'}`,
    original: 'Читать английскую версию',
  },
  nav: { label: 'Основное меню', home: 'Главная', years: 'Годы', topics: 'Темы', sources: 'Источники', data: 'Данные', about: 'О проекте', search: 'Поиск' },
  breadcrumbs: 'Навигационная цепочка',
  home: {
    headline: 'Главные показатели',
    years: 'Справки по годам',
    topics: 'Справки по темам',
    latest: 'Новые справки',
  },
  sheet: {
    keyFigures: 'Ключевые показатели',
    period: 'Охватываемый период',
    published: 'Опубликовано',
    updated: 'Обновлено',
    corrections: 'Исправления',
    figures: 'Все показатели справки',
    figure: 'Показатель',
    value: 'Значение',
    periodColumn: 'Период',
    sourceColumn: 'Источник',
    source: 'Источник',
    otherYears: 'Эта тема в другие годы',
    allYears: 'Эта тема за все годы',
    otherTopics: (year: number) => `Другие справки за ${year} год`,
    more: 'Другие справки',
    downloadPdf: 'Скачать PDF',
    edit: 'Исправить эту справку',
    editNote: 'Справки исправляются через пул-реквесты, и каждое изменение опубликованного показателя отмечается в самой справке.',
  },
  derived: {
    share: (part: string, whole: string, exact: string) => `${part} из ${whole} — это ${exact}`,
    ratio: (a: string, b: string, exact: string) => `${a}, делённое на ${b}, равно ${exact}`,
    sum: (parts: string[], exact: string) => `${parts.join(' + ')} = ${exact}`,
    change: (now: string, before: string, exact: string) => `изменение с ${before} до ${now} составляет ${exact}`,
    rounded: {
      down: 'источник округляет его в меньшую сторону до',
      up: 'источник округляет его в большую сторону до',
      nearest: 'источник округляет его до',
    },
  },
  data,
  cite,
  chart,
  print,
  notes,
  year: {
    title: (year: number) => `Справки за ${year} год`,
    intro: (year: number, n: number) => {
      const form = pluralRules('ru-RU').select(n);
      const word = form === 'one' ? 'справка' : form === 'few' ? 'справки' : form === 'many' ? 'справок' : 'справки';
      return `${n} ${word} за ${year} год.`;
    },
    description: (year: number, topics: string[]) =>
      `Справки о киберпреступности и общественной безопасности в Казахстане за ${year} год с официальным источником каждого показателя: ${topics.join('; ')}.`,
    booklet: (year: number) => `Скачать все справки за ${year} год одним PDF-файлом`,
  },
  topic: {
    all: 'Все темы',
    allTitle: 'Темы',
    intro: 'По каждой теме есть отдельная справка за каждый год, который охватывают материалы.',
    sheets: 'Справки',
    metrics: 'Динамика показателей',
    earlier: 'Предыдущие годы',
    span: (n: number, first: number, last: number) => {
      const form = pluralRules('ru-RU').select(n);
      return `${n} ${form === 'one' ? 'справка' : form === 'few' ? 'справки' : 'справок'}, ${first === last ? `${first} год` : `${first}–${last} годы`}`;
    },
    allValues: (n: number) => `Все значения (${n})`,
  },
  sources: {
    title: 'Источники',
    intro: 'Все документы, на которые ссылаются справки, и справки, которые на них ссылаются.',
    citedBy: 'Цитируется в справках',
    more: (n: number) => {
      const form = pluralRules('ru-RU').select(n);
      return `и ещё ${n} ${form === 'one' ? 'более ранняя справка' : form === 'few' ? 'более ранние справки' : 'более ранних справок'}`;
    },
    key: 'Ключ цитирования',
    noAddress: 'Публичный адрес этого документа не указан.',
  },
  about: { title: 'Методология и глоссарий' },
  search: {
    title: 'Поиск',
    description: 'Поиск по справкам, их показателям, источникам и глоссарию.',
    label: 'Поиск по справкам',
    button: 'Найти',
    hint: 'Например: дропперы, раскрываемость, пирамиды',
    found: 'По запросу «{query}» найдено результатов: {count}',
    foundOne: 'По запросу «{query}» найден 1 результат',
    none: 'По запросу «{query}» ничего не найдено. Попробуйте другое слово или просмотрите справки ниже.',
    unavailable: 'Поиск здесь недоступен: его индекс создаётся командой npm run build.',
    noScript: 'Для поиска нужен JavaScript. Все справки перечислены ниже.',
    all: 'Просмотреть справки',
  },
  notFound: { title: 'Страница не найдена', text: 'По этому адресу страницы нет. Попробуйте справки по годам или по темам.' },
  feed: {
    title: 'Справки о киберпреступности в Казахстане: новые справки и исправления',
    description: 'Каждая новая справка и каждое исправление опубликованного показателя.',
    correction: (title: string) => `Исправление в справке «${title}»`,
    link: 'Лента новых справок и исправлений',
  },
  footer: {
    about: 'Как готовятся справки',
    reuse: 'Показатели можно цитировать со ссылкой на справку, из которой они взяты.',
    data: 'Скачать все показатели в виде данных',
  },
};
