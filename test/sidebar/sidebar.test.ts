import type { Browser, Page } from 'playwright-core';
import { ADMIN, at, province, road } from '../gas/province';
import { launch, openSidebar, screenshot, until } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A province with Tân Yên's rows typed, some of them wrong. */
function withMistakes() {
  const p = province({ now: at('2020-09-17') });
  const unit = p.units[0].emails[0];
  p.g.type(unit, 'Tân Yên', 6, 1, [road('Đường 1', 650), road('Đường 2', 820), road('Đường 3', 510, { 3: '' })]);
  p.g.type(unit, 'Tân Yên', 7, 3, [['năm trăm']], { paste: true });
  return { ...p, unit };
}

describe('the unit view', () => {
  test('opens with one server call, the unit, the deadline and its problems grouped by row', async () => {
    const { g, unit } = withMistakes();
    const { page, calls } = await openSidebar(browser, g, unit);
    await page.getByText('Còn 2 lỗi cần sửa').waitFor();
    expect(calls).toEqual(['apiState']);
    await expect(page.locator('.unit-name').textContent()).resolves.toBe('Tân Yên');
    await expect(page.locator('.deadline').textContent()).resolves.toBe('Hạn nộp 20/09/2020 · còn 3 ngày');
    await expect(page.locator('.group-title').allTextContents()).resolves.toEqual(['Dòng 7', 'Dòng 8']);
    await expect(page.locator('.problem').first().textContent()).resolves.toBe(
      'C7Chiều dài (m): "năm trăm" không phải là số — nhập số mét, ví dụ 500',
    );
    await screenshot(page, 'sidebar-unit');
  });

  test('clicking a problem selects that cell in the sheet', async () => {
    const { g, unit } = withMistakes();
    const { page } = await openSidebar(browser, g, unit);
    await page.locator('.problem', { hasText: 'D8' }).click();
    await until(() => g.ss.active?.range?.getA1Notation(), 'D8');
    expect(g.ss.active?.sheet.name).toBe('Tân Yên');
  });

  test('fixing the data, Kiểm tra, then Nộp báo cáo changes the status on the page and in the sheet', async () => {
    const { g, unit } = withMistakes();
    const { page } = await openSidebar(browser, g, unit);
    await page.getByText('Còn 2 lỗi cần sửa').waitFor();
    await expect(page.getByRole('button', { name: 'Nộp báo cáo' }).isEnabled()).resolves.toBe(true);
    g.type(unit, 'Tân Yên', 7, 3, [[500]]);
    g.type(unit, 'Tân Yên', 8, 4, [['Có']]);
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('Không có lỗi nào').waitFor();
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByText('Nộp báo cáo của Tân Yên? Sau khi nộp').waitFor();
    await page.getByRole('button', { name: 'Nộp', exact: true }).click();
    await page.locator('.pill.ok').waitFor();
    await expect(page.locator('.pill.ok').textContent()).resolves.toBe(`Đã nộp 08:00 17/09/2020 bởi ${unit}`);
    expect(g.values('Tân Yên')[2][0]).toBe(`Trạng thái: Đã nộp 08:00 17/09/2020 bởi ${unit}`);
    await expect(page.getByRole('button', { name: 'Nộp báo cáo' }).isDisabled()).resolves.toBe(true);
  });

  test('a server error shows its message and a way to retry', async () => {
    const { g, unit } = withMistakes();
    const { page, calls, failNext } = await openSidebar(browser, g, unit);
    await page.getByText('Còn 2 lỗi cần sửa').waitFor();
    // Submitting with errors left: the server refuses, the page says why.
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByRole('button', { name: 'Nộp', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Chưa nộp được: còn 2 lỗi cần sửa');
    // A failure of the connection: retry runs the same call again.
    failNext.set('apiCheck', 'Hết thời gian chờ máy chủ');
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('Hết thời gian chờ máy chủ').waitFor();
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByText('Còn 2 lỗi cần sửa').waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(calls.filter((c) => c === 'apiCheck')).toHaveLength(2);
  });
});

describe('the admin view', () => {
  const names = (page: Page) => page.locator('ul.board li.unit button.name').allTextContents();

  test('the board: missing and not submitted first, the submitted behind their counts; Tổng hợp updates it', async () => {
    const { g, units } = province({ units: 5, now: at('2020-09-21') });
    const [tanYen, lucNam, , yenThe] = units;
    g.type(tanYen.emails[0], tanYen.sheet, 6, 1, [road('Đường 1', 600)]);
    g.world.now = at('2020-09-15');
    g.call('menuSubmit', [], { user: tanYen.emails[0] });
    g.type(lucNam.emails[0], lucNam.sheet, 6, 1, [road('Đường 1', 600)]);
    g.world.now = at('2020-09-21', '10:00');
    g.call('menuSubmit', [], { user: lucNam.emails[0] });
    g.world.run(() => g.spreadsheet.getSheetByName(yenThe.sheet).setName('Yen The cu'));

    const { page } = await openSidebar(browser, g, ADMIN);
    await page.locator('ul.board').waitFor();
    await expect(page.locator('h2').first().textContent()).resolves.toBe('Đã nộp 2/5 đơn vị');
    // No action has read the three other tabs yet: the board says so, and when its figures were read.
    await expect(page.locator('li.unit .status-line').allTextContents()).resolves.toEqual([
      'Quá hạn 1 ngày · chưa kiểm tra',
      'Quá hạn 1 ngày · chưa kiểm tra',
      'Quá hạn 1 ngày · chưa kiểm tra',
    ]);
    await expect(page.locator('.figures').textContent()).resolves.toBe(
      'Số liệu lúc 08:00 15/09/2020 trở về sau · 3 đơn vị chưa kiểm tra',
    );
    // Làm mới toàn bộ reads every tab: the renamed one is missing, the others have nothing typed.
    await page.getByRole('button', { name: 'Làm mới toàn bộ' }).click();
    await page.locator('.figures', { hasText: 'Số liệu lúc 10:00 21/09/2020 trở về sau' }).waitFor();
    await expect(page.locator('.figures').textContent()).resolves.toBe('Số liệu lúc 10:00 21/09/2020 trở về sau');
    await expect(names(page)).resolves.toEqual(['Yên Thế', 'Hiệp Hòa', 'Khối Cơ quan tỉnh']);
    await expect(page.locator('li.unit .status-line').allTextContents()).resolves.toEqual([
      'Thiếu trang tính · bấm tên để xem cách sửa',
      'Quá hạn 1 ngày · chưa nhập dòng nào',
      'Quá hạn 1 ngày · chưa nhập dòng nào',
    ]);
    await page.locator('.chips button', { hasText: 'Nộp muộn' }).click();
    await expect(names(page)).resolves.toEqual(['Lục Nam']);
    await expect(page.locator('li.unit .status-line').textContent()).resolves.toBe(
      'Nộp muộn 1 ngày · 10:00 21/09/2020',
    );
    await page.locator('.chips button', { hasText: 'Đã nộp' }).click();
    await expect(names(page)).resolves.toEqual(['Tân Yên']);
    await page.locator('.chips button', { hasText: 'Cần xử lý' }).click();
    await expect(page.getByText('Chưa tổng hợp lần nào.').count()).resolves.toBe(1);
    await screenshot(page, 'sidebar-admin');

    // A unit submits meanwhile; Làm mới shows it.
    g.type(units[2].emails[0], units[2].sheet, 6, 1, [road('Đường 1', 600)]);
    g.call('menuSubmit', [], { user: units[2].emails[0] });
    await page.getByRole('button', { name: 'Làm mới', exact: true }).click();
    await page.getByText('Đã nộp 3/5 đơn vị').waitFor();

    // A unit's data changes; Tổng hợp runs with progress and the board follows.
    g.type(ADMIN, units[4].sheet, 6, 1, [road('Đường 1', 'năm trăm')], { paste: true });
    await page.getByRole('button', { name: 'Tổng hợp' }).click();
    await page.getByText(/^Cập nhật lúc/).waitFor();
    const hiepHoa = page.locator('li.unit', { hasText: 'Hiệp Hòa' });
    await expect(hiepHoa.locator('.status-line').textContent()).resolves.toBe(
      'Quá hạn 1 ngày · 1 lỗi · đã nhập 1 dòng',
    );
    expect(g.values('Tổng hợp')[1][0]).toMatch(/^Cập nhật lúc/);
  });

  test('the reminder preview lists today’s emails and Gửi sends them', async () => {
    const { g, world } = province({ now: at('2020-09-19') });
    const { page } = await openSidebar(browser, g, ADMIN);
    await page.getByRole('button', { name: 'Nhắc 3 đơn vị chưa nộp' }).click();
    await page.getByText('3 đơn vị sẽ nhận email nhắc. Bỏ dấu ở đơn vị không muốn nhắc.').waitFor();
    await expect(page.locator('.preview li').count()).resolves.toBe(3);
    await expect(page.locator('.preview').getByText('Kèm 1 email tổng hợp').count()).resolves.toBe(1);
    expect(world.mailbox).toHaveLength(0);
    await page.getByRole('button', { name: 'Gửi 4 email' }).click();
    await page.getByText('Đã gửi 4 email.').waitFor();
    expect(world.mailbox).toHaveLength(4);
  });

  test('reopening a unit’s report from the board', async () => {
    const { g, units } = province({ now: at('2020-09-15') });
    g.type(units[1].emails[0], units[1].sheet, 6, 1, [road('Đường 1', 600)]);
    g.call('menuSubmit', [], { user: units[1].emails[0] });
    const { page } = await openSidebar(browser, g, ADMIN);
    await page.locator('.chips button', { hasText: 'Đã nộp' }).click();
    const row = page.locator('li.unit', { hasText: 'Lục Nam' });
    await row.getByRole('button', { name: 'Mở lại' }).click();
    await row.getByText('Mở lại báo cáo của Lục Nam').waitFor();
    await row.locator('.confirm').getByRole('button', { name: 'Mở lại' }).click();
    await until(() => String(g.values('Lục Nam')[2][0]).startsWith('Trạng thái: Chưa nộp (mở lại'), true);
    await row.getByText('Đã mở lại báo cáo.').waitFor();
    await expect(page.getByRole('button', { name: 'Mở lại' }).count()).resolves.toBe(0);
  });
});

describe('text from cells and settings is never HTML', () => {
  test('a unit named <img onerror> and a cell holding <script> show as text', async () => {
    const p = province({ now: at('2020-09-17') });
    const cfg = p.g.values('Cấu hình');
    const evil = '<img src=x onerror="window.__xss=1">';
    p.g.type(ADMIN, 'Cấu hình', cfg.findIndex((r) => r[1] === 'Tân Yên') + 1, 2, [[evil]]);
    const unit = p.units[0].emails[0];
    p.g.type(unit, 'Tân Yên', 6, 1, [road('<script>window.__xss=2</script>', '<b>năm</b>')], { paste: true });

    const asUnit = await openSidebar(browser, p.g, unit);
    await asUnit.page.locator('.problem').first().waitFor();
    await expect(asUnit.page.locator('.unit-name').textContent()).resolves.toBe(evil);
    await expect(asUnit.page.locator('.problem').first().textContent()).resolves.toContain(
      '"<b>năm</b>" không phải là số',
    );
    await expect(asUnit.page.locator('img, script:not(:first-of-type) b, .problem b').count()).resolves.toBe(0);

    const asAdmin = await openSidebar(browser, p.g, ADMIN);
    await asAdmin.page.locator('ul.board').waitFor();
    await expect(asAdmin.page.getByText(evil).count()).resolves.toBe(1);
    for (const page of [asUnit.page, asAdmin.page]) {
      await page.waitForTimeout(50);
      await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
      await expect(page.locator('img').count()).resolves.toBe(0);
    }
  });
});

describe('Cấu hình’s problems on the admin’s board', () => {
  test('each problem shows with its cell; a click takes the admin to that cell of Cấu hình', async () => {
    const { g } = province({ now: at('2020-09-15') });
    const first = g.values('Cấu hình').findIndex((r) => r[0] === 'DV001') + 1;
    g.type(ADMIN, 'Cấu hình', first + 2, 4, [['khong-phai-email']]);
    const { page } = await openSidebar(browser, g, ADMIN);
    const box = page.locator('.settings-issues');
    await box.waitFor();
    await expect(box.locator('strong').textContent()).resolves.toBe(
      'Trang Cấu hình có 1 vấn đề cần sửa — bấm một dòng để tới ô đó:',
    );
    await expect(box.locator('.problem').textContent()).resolves.toContain(
      '"khong-phai-email" không phải địa chỉ email',
    );
    await box.locator('.problem').click();
    await until(() => g.ss.active?.range?.getA1Notation(), `D${first + 2}`);
    expect(g.ss.active?.sheet.name).toBe('Cấu hình');
  });
});
