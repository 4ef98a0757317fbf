/**
 * The two provinces of the source documents, as `init --preset` writes them into Cấu hình. Each test fails
 * with one of the survivors Stryker found in src/core/presets.ts put back (docs/mutation.md).
 */
import { asciiSlug, presets } from '../../src/core';

test('Lạng Sơn (KH 80/KH-BTV) lists its 11 huyện and thành phố, in order, coded DV01 to DV11', () => {
  const units = presets['lang-son-2017'].units();
  expect(units.map((u) => [u.code, u.name])).toEqual(
    [
      'Thành phố Lạng Sơn',
      'Tràng Định',
      'Văn Lãng',
      'Văn Quan',
      'Bình Gia',
      'Bắc Sơn',
      'Hữu Lũng',
      'Chi Lăng',
      'Cao Lộc',
      'Lộc Bình',
      'Đình Lập',
    ].map((name, i) => [`DV${String(i + 1).padStart(2, '0')}`, name]),
  );
  expect(units.find((u) => u.name === 'Đình Lập')).toMatchObject({
    sheet: 'Đình Lập',
    emails: ['dinhlap@hoiphunu.example.org'],
    target: null,
  });
});

test('Bắc Giang (HD 13/HD-BTV): the two units paired with Sơn Động build 1 road each, the others have no target', () => {
  const units = presets['bac-giang-2020'].units();
  expect(units).toHaveLength(12);
  expect(units.filter((u) => u.target !== null).map((u) => [u.name, u.target])).toEqual([
    ['Khối Cơ quan tỉnh', 1],
    ['Khối Doanh nghiệp tỉnh', 1],
  ]);
  expect(units.every((u) => u.emails.length === 1)).toBe(true);
});

test('an example address drops every Vietnamese mark, đ and Đ included', () => {
  expect(asciiSlug('Xã Đồng Đăng đường 1')).toBe('xadongdangduong1');
  expect(asciiSlug('Hữu Lũng')).toBe('huulung');
});
