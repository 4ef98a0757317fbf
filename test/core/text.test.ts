import { defineTemplate, validateSheet } from '../../src/core';
import { cleanText, shorten } from '../../src/core/text';
import { size } from './scale';

/** What cleanText promised before its fast path: the fast path must never differ from it. */
const reference = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// Characters at every edge of the fast path: ASCII, spaces of every kind, Latin-1, Vietnamese letters
// precomposed and decomposed, combining marks that would compose with the letter before them.
const alphabet = [
  'a',
  'Z',
  '5',
  '.',
  ',',
  '%',
  '~',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u2007',
  '\u202f',
  '\u200b',
  '\ufeff',
  '\u3000',
  '\u1680',
  '\u2028',
  '\u0085',
  '\u007f',
  '\u00a1',
  'é',
  'Đ',
  'đ',
  'ơ',
  'ư',
  '\u02ff',
  'ạ',
  'Ấ',
  'ỹ',
  '\u1e9b',
  'a\u0300',
  'o\u031b',
  '\u0300',
  '\u0302',
  '\u0323',
  '\u0303',
  '\u212b',
  '\u2126',
  '\u0958',
  '–',
  '…',
  '✓',
];

function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

describe('cleanText', () => {
  test('gives what a person typed back the same, whatever spaces and Unicode forms it came in', () => {
    expect(cleanText('  Tr\u00e0ng\u00a0\u0110\u1ecbnh \t ')).toBe('Tràng Định');
    expect(cleanText('La\u0323ng So\u031bn')).toBe('Lạng Sơn');
    expect(cleanText('\u1ea1\u0302')).toBe('\u1ead');
    expect(cleanText('500')).toBe('500');
    expect(cleanText('')).toBe('');
  });

  test('agrees with the plain normalise-and-fold rule on 20,000 strings built from edge characters', () => {
    const rnd = seeded(11);
    for (let n = 0; n < size(20_000, 500); n++) {
      let s = '';
      const len = Math.floor(rnd() * 8);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect([s, cleanText(s)]).toEqual([s, reference(s)]);
    }
  });
});

describe('a long value quoted in a message', () => {
  const form = defineTemplate({
    id: 'dai',
    title: 'Giá trị dài',
    rowNoun: 'hộ',
    columns: [
      { key: 'ten', label: 'Tên hộ', type: 'text', required: true },
      { key: 'so', label: 'Số người', type: 'number', min: 0 },
    ],
    measures: [{ key: 'soHo', label: 'Số hộ', agg: 'count' }],
  });
  const tab = (value: string) => [['BÁO CÁO'], ['Tên hộ', 'Số người'], ['Hộ bà Lành', value]];
  const message = (value: string) => validateSheet(form, 'A', tab(value), 'Asia/Ho_Chi_Minh').issues[0].message;

  test('a paragraph pasted into a number cell is quoted by its first 39 characters and "…"', () => {
    const pasted = 'Chi hội đã tổ chức ba buổi sinh hoạt chuyên đề về phòng chống bạo lực gia đình trong quý';
    const m = message(pasted);
    expect(m).toContain(`"${pasted.slice(0, 39)}…"`);
    expect(m).not.toContain(pasted.slice(0, 40));
  });

  test('a value of exactly 40 characters is quoted whole, one of 41 is cut', () => {
    const forty = 'x'.repeat(40);
    expect(message(forty)).toContain(`"${forty}"`);
    expect(message(`${forty}y`)).toContain(`"${'x'.repeat(39)}…"`);
    expect(shorten('abc', 3)).toBe('abc');
    expect(shorten('abcd', 3)).toBe('ab…');
  });
});
