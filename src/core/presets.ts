import { safeSheetName, type Unit } from './settings';

/** ASCII form of a Vietnamese name, for example addresses: "Tràng Định" → "trangdinh". */
export function asciiSlug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function units(names: readonly string[], targets: Record<string, number> = {}): Unit[] {
  return names.map((name, i) => ({
    code: `DV${String(i + 1).padStart(2, '0')}`,
    name,
    sheet: safeSheetName(name),
    emails: [`${asciiSlug(name)}@hoiphunu.example.org`],
    target: targets[name] ?? null,
  }));
}

/**
 * The provinces of the source documents, as examples only: since 1 July 2025 units are data in
 * Cấu hình, never code. Addresses are placeholders on example.org.
 */
export const presets: Record<string, { label: string; units: () => Unit[] }> = {
  'lang-son-2017': {
    label: 'Lạng Sơn (KH 80/KH-BTV, 2017): 11 huyện, thành phố',
    units: () =>
      units([
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
      ]),
  },
  // The guide pairs two units with Sơn Động for 1 road each without naming them; the two names
  // here are examples a province replaces in Cấu hình.
  'bac-giang-2020': {
    label: 'Bắc Giang (HD 13/HD-BTV, 2020): 10 huyện, thành phố và 2 đơn vị phối hợp với Sơn Động',
    units: () =>
      units(
        [
          'Thành phố Bắc Giang',
          'Yên Thế',
          'Tân Yên',
          'Lạng Giang',
          'Lục Nam',
          'Lục Ngạn',
          'Sơn Động',
          'Yên Dũng',
          'Việt Yên',
          'Hiệp Hòa',
          'Khối Cơ quan tỉnh',
          'Khối Doanh nghiệp tỉnh',
        ],
        { 'Khối Cơ quan tỉnh': 1, 'Khối Doanh nghiệp tỉnh': 1 },
      ),
  },
};
