import { describe, expect, it } from 'vitest';
import { langOfUrl, localePath, splitLangPath } from './locales.ts';

describe('editions in addresses', () => {
  it('tells the edition of a path and the path within it', () => {
    expect(splitLangPath('/kk/2024/')).toEqual(['kk', '/2024/']);
    expect(splitLangPath('/ru/2024/detection/')).toEqual(['ru', '/2024/detection/']);
    expect(splitLangPath('/ru/')).toEqual(['ru', '/']);
    expect(splitLangPath('/ru')).toEqual(['ru', '/']);
  });
  it('reads English at the root, and a path that only starts like an edition as English', () => {
    expect(splitLangPath('/')).toEqual(['en', '/']);
    expect(splitLangPath('/2024/detection/')).toEqual(['en', '/2024/detection/']);
    expect(splitLangPath('/en/2024/')).toEqual(['en', '/en/2024/']);
    expect(splitLangPath('/russia/')).toEqual(['en', '/russia/']);
    expect(splitLangPath('/kkk/2024/')).toEqual(['en', '/kkk/2024/']);
  });
  it('goes back and forth with localePath', () => {
    for (const lang of ['en', 'ru', 'kk'] as const) expect(splitLangPath(localePath(lang, '/2025/anti-fraud-center/'))).toEqual([lang, '/2025/anti-fraud-center/']);
    expect(langOfUrl(new URL('https://sheets.example/kk/sources/#mia-2025-05'))).toBe('kk');
  });
});
