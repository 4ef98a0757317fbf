/**
 * The province's board in a real Chromium over the real server functions, at 10, 40 and 99 units of
 * Bắc Ninh, two days after the deadline (see board-province.ts for the state of the round).
 */
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { foldText, withoutPrefix } from '../../src/core';
import { ADMIN } from '../gas/province';
import { boardProvince, type Group, MIX_99, type Mix } from './board-province';
import { launch, openSidebar, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MIXES: Record<number, Mix> = {
  10: { submitted: 3, late: 1, errors: 1, clean: 2, missing: 1 },
  40: { submitted: 12, late: 4, errors: 4, clean: 6, missing: 2 },
  99: MIX_99,
};

const DOCS = resolve(__dirname, '../../docs');

/** The unit names the list shows, top to bottom. */
const listed = (page: Page) => page.locator('ul.board li.unit button.name').allTextContents();
const chip = (page: Page, label: string) => page.locator('.chips button', { hasText: label });
const row = (page: Page, name: string) =>
  page.locator('li.unit', { has: page.getByRole('button', { name, exact: true }) });

async function openBoard(n: number, opts: { height?: number } = {}) {
  const p = boardProvince(n, MIXES[n]);
  const sb = await openSidebar(browser, p.g, ADMIN);
  if (opts.height) await sb.page.setViewportSize({ width: 300, height: opts.height });
  await sb.page.locator('ul.board').waitFor();
  const names = (...gs: Group[]) => p.units.filter((_, i) => gs.includes(p.groups[i])).map((u) => u.name);
  return { ...p, ...sb, names };
}

const sorted = (xs: string[]) => [...xs].sort();

describe.each([10, 40, 99])('the board at %i units', (n) => {
  test('the counts per status and the default list: every unit not submitted, none submitted', async () => {
    const { page, calls, names } = await openBoard(n);
    const m = MIXES[n];
    const todo = n - m.submitted - m.late;
    const chips = await page.locator('.chips button').allTextContents();
    expect(chips).toEqual([
      `Cần xử lý ${todo}`,
      `Có lỗi ${m.errors}`,
      `Quá hạn ${todo}`,
      `Nộp muộn ${m.late}`,
      `Thiếu trang ${m.missing}`,
      `Đã nộp ${m.submitted}`,
    ]);
    expect(sorted(await listed(page))).toEqual(sorted(names('errors', 'clean', 'empty', 'missing')));
    await expect(page.getByText(`${m.submitted + m.late} đơn vị đã nộp được ẩn`).count()).resolves.toBe(1);
    expect(calls).toEqual(['apiState']);
  });

  test('a search without accents finds a unit; Nhắc on its row emails it and says so in the row', async () => {
    const { page, world, units, groups } = await openBoard(n);
    const u = units[groups.indexOf('clean')];
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill(foldText(withoutPrefix(u.name)));
    await expect(listed(page)).resolves.toContain(u.name);
    await row(page, u.name).getByRole('button', { name: 'Nhắc' }).click();
    await row(page, u.name).getByText('Đã gửi email nhắc.').waitFor();
    expect(world.mailbox.flatMap((m) => m.to)).toEqual([u.emails[0]]);
  });

  test('each count filters the list to its units', async () => {
    const { page, names } = await openBoard(n);
    const want: [string, string[]][] = [
      ['Có lỗi', names('errors')],
      ['Nộp muộn', names('late')],
      ['Thiếu trang', names('missing')],
      ['Đã nộp', names('submitted')],
      ['Quá hạn', names('errors', 'clean', 'empty', 'missing')],
    ];
    for (const [label, units] of want) {
      await chip(page, label).click();
      await expect(chip(page, label).getAttribute('aria-pressed')).resolves.toBe('true');
      expect(sorted(await listed(page))).toEqual(sorted(units));
    }
  });
});

/** Whether an element lies inside the viewport (the clerk sees it without scrolling). */
async function inView(page: Page, selector: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await selector.boundingBox();
  const vp = page.viewportSize();
  return box !== null && vp !== null && box.y >= 0 && box.y + box.height <= vp.height;
}

describe('statuses and the deadline at 99 units, two days after it', () => {
  test('both views say the deadline has passed by 2 days; each row says what the unit needs', async () => {
    const { page, g, units, groups } = await openBoard(99);
    await expect(page.locator('.deadline').textContent()).resolves.toBe('Hạn nộp 20/09/2020 · đã quá hạn 2 ngày');
    const lineOf = (group: Group) => {
      const u = units[groups.indexOf(group)];
      return row(page, u.name).locator('.status-line').textContent();
    };
    await expect(lineOf('errors')).resolves.toMatch(/^Quá hạn 2 ngày · 1 lỗi · đã nhập \d dòng$/);
    await expect(lineOf('clean')).resolves.toMatch(/^Quá hạn 2 ngày · đã nhập \d dòng$/);
    await expect(lineOf('empty')).resolves.toBe('Quá hạn 2 ngày · chưa nhập dòng nào');
    await expect(lineOf('missing')).resolves.toBe('Thiếu trang tính · bấm tên để xem cách sửa');
    await chip(page, 'Nộp muộn').click();
    await expect(lineOf('late')).resolves.toMatch(/^Nộp muộn [12] ngày · 07:30 2[12]\/09\/2020$/);
    await chip(page, 'Đã nộp').click();
    await expect(lineOf('submitted')).resolves.toBe('Đã nộp 08:00 15/09/2020');

    const unit = units[groups.indexOf('clean')];
    const asUnit = await openSidebar(browser, g, unit.emails[0]);
    await asUnit.page.locator('.unit-name').waitFor();
    await expect(asUnit.page.locator('.deadline').textContent()).resolves.toBe(
      'Hạn nộp 20/09/2020 · đã quá hạn 2 ngày',
    );
  });

  test('a unit whose tab is missing is told to ask the province; the admin is told what to do', async () => {
    const { page, g, units, groups } = await openBoard(99);
    const u = units[groups.indexOf('missing')];
    const asUnit = await openSidebar(browser, g, u.emails[0]);
    await asUnit.page.locator('.problem').first().waitFor();
    const told = await asUnit.page.locator('.problems').textContent();
    expect(told).toContain('Hãy báo Hội LHPN tỉnh');
    expect(told).not.toContain('Cấu hình');
    // Renamed by hand: the admin is told which tab it is now and how to put it back.
    await row(page, u.name).getByRole('button', { name: u.name }).click();
    await row(page, u.name).locator('.hint').waitFor();
    await expect(row(page, u.name).locator('.hint').textContent()).resolves.toContain(
      `trang "${u.sheet} (cũ)" có tiêu đề của đơn vị này — nếu đó là trang của đơn vị, đổi tên trang về "${u.sheet}"`,
    );
    // Deleted: set-up makes it again.
    const gone = units[groups.lastIndexOf('missing')];
    await row(page, gone.name).getByRole('button', { name: gone.name }).click();
    await row(page, gone.name).getByText('Thiết lập báo cáo để tạo lại').waitFor();
    await expect(row(page, gone.name).locator('.hint').textContent()).resolves.toContain(`"${gone.sheet}"`);
  });
});

describe('search and sort at 99 units', () => {
  test('"tien du" finds Xã Tiên Du, even among the submitted; clearing the search brings the filter back', async () => {
    const { page } = await openBoard(99);
    const search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });
    await search.fill('tien du');
    await expect(listed(page)).resolves.toEqual(['Xã Tiên Du']);
    await search.fill('dong');
    const found = await listed(page);
    expect(found).toEqual(expect.arrayContaining(['Xã Đồng Kỳ', 'Phường Đồng Nguyên', 'Xã Đông Phú', 'Xã Đông Cứu']));
    expect(found.every((n) => foldText(n).includes('dong'))).toBe(true);
    await search.fill('phuong');
    expect((await listed(page)).every((n) => n.startsWith('Phường '))).toBe(true);
    await search.fill('');
    await expect(page.locator('ul.board li.unit').count()).resolves.toBe(59);
  });

  test('sort by name ignores Xã/Phường; by errors puts the units with errors first', async () => {
    const { page, names } = await openBoard(99);
    await chip(page, 'Đã nộp').click();
    await page.getByRole('combobox', { name: 'Xếp theo' }).selectOption('name');
    const byName = await listed(page);
    const want = [...names('submitted')].sort((a, b) => withoutPrefix(a).localeCompare(withoutPrefix(b), 'vi'));
    expect(byName).toEqual(want);
    await chip(page, 'Cần xử lý').click();
    await page.getByRole('combobox', { name: 'Xếp theo' }).selectOption('errors');
    expect(sorted((await listed(page)).slice(0, 10))).toEqual(sorted(names('errors')));
  });
});

describe('actions in place at 99 units', () => {
  test('a unit’s name opens its tab at its first error and lists its problems under its row', async () => {
    const { page, g, units, groups, calls } = await openBoard(99);
    const u = units[groups.lastIndexOf('errors')];
    await page.getByRole('combobox', { name: 'Xếp theo' }).selectOption('name');
    const r = row(page, u.name);
    await r.getByRole('button', { name: u.name }).click();
    await r.getByText('Đã mở trang. 1 lỗi:').waitFor();
    expect(g.ss.active?.sheet.name).toBe(u.sheet);
    expect(g.ss.active?.range?.getA1Notation()).toBe('C6');
    await expect(r.locator('.problem').textContent()).resolves.toContain('"năm trăm" không phải là số');
    expect(await inView(page, r.getByText('Đã mở trang. 1 lỗi:'))).toBe(true);
    expect(calls.filter((c) => c === 'apiOpenUnit')).toHaveLength(1);
    await r.getByRole('button', { name: 'Đóng' }).click();
    await expect(r.locator('.problem').count()).resolves.toBe(0);
  });

  test('Nhắc on a row emails that one unit, once; its messages appear in its row', async () => {
    const { page, world, units, groups } = await openBoard(99);
    const u = units[groups.lastIndexOf('empty')];
    const r = row(page, u.name);
    await r.scrollIntoViewIfNeeded();
    const scrollY = await page.evaluate(() => window.scrollY);
    await r.getByRole('button', { name: 'Nhắc' }).click();
    await r.getByText('Đã gửi email nhắc.').waitFor();
    expect(world.mailbox.map((m) => m.to)).toEqual([[u.emails[0]]]);
    expect(await inView(page, r.getByText('Đã gửi email nhắc.'))).toBe(true);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(scrollY);
    await expect(page.locator('.notice').count()).resolves.toBe(1);
    // The same reminder is never sent twice: the once-only record of the daily run.
    await r.getByRole('button', { name: 'Nhắc' }).click();
    await r.getByText('đã được nhắc lần này rồi').waitFor();
    expect(world.mailbox).toHaveLength(1);
  });

  test('Mở lại on a row far down confirms inside that row and reopens that report', async () => {
    const { page, g, units, groups } = await openBoard(99, { height: 500 });
    await chip(page, 'Đã nộp').click();
    const u = units[groups.lastIndexOf('submitted')];
    const r = row(page, u.name);
    await r.scrollIntoViewIfNeeded();
    await r.getByRole('button', { name: 'Mở lại' }).click();
    const confirm = r.getByRole('dialog');
    await expect(confirm.textContent()).resolves.toContain(`Mở lại báo cáo của ${u.name}`);
    expect(await inView(page, confirm)).toBe(true);
    await expect(page.getByRole('dialog').count()).resolves.toBe(1);
    await confirm.getByRole('button', { name: 'Mở lại' }).click();
    await r.getByText('Đã mở lại báo cáo.').waitFor();
    expect(await inView(page, r.getByText('Đã mở lại báo cáo.'))).toBe(true);
    expect(String(g.values(u.sheet)[2][0])).toMatch(/^Trạng thái: Chưa nộp \(mở lại/);
    await expect(chip(page, 'Đã nộp').textContent()).resolves.toBe('Đã nộp 29');
    await expect(r.locator('.status-line').textContent()).resolves.toMatch(/^Quá hạn 2 ngày/);
    // Làm mới orders the list afresh: the reopened unit is no longer under Đã nộp.
    await page.getByRole('button', { name: 'Làm mới', exact: true }).click();
    await page.waitForFunction(
      (name) => ![...document.querySelectorAll('li.unit button.name')].some((b) => b.textContent === name),
      u.name,
    );
    await expect(listed(page)).resolves.toEqual(expect.not.arrayContaining([u.name]));
  });

  test('a failed action says so in its row, with Thử lại', async () => {
    const { page, failNext, world, units, groups } = await openBoard(99);
    const u = units[groups.indexOf('clean')];
    const r = row(page, u.name);
    failNext.set('apiRemindUnit', 'Hết thời gian chờ máy chủ');
    await r.getByRole('button', { name: 'Nhắc' }).click();
    await r.getByRole('alert').getByText('Hết thời gian chờ máy chủ').waitFor();
    await r.getByRole('button', { name: 'Thử lại' }).click();
    await r.getByText('Đã gửi email nhắc.').waitFor();
    expect(world.mailbox).toHaveLength(1);
  });

  test('the search box keeps its focus and text while a row’s action finishes', async () => {
    const { page, units, groups } = await openBoard(99);
    await page.evaluate(() => {
      (window as unknown as { __latency: number }).__latency = 300;
    });
    const u = units[groups.indexOf('empty')];
    await row(page, u.name).getByRole('button', { name: 'Nhắc' }).click();
    const search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });
    await search.click();
    await search.pressSequentially('xa');
    await row(page, u.name).getByText('Đã gửi email nhắc.').waitFor();
    await search.pressSequentially(' t');
    await expect(search.inputValue()).resolves.toBe('xa t');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search');
  });
});

describe('reminders from the top at 99 units', () => {
  test('Nhắc 59 đơn vị chưa nộp previews one line per unit; unticked ones are left out (and the digest waits); Hủy closes', async () => {
    const { page, world, units, groups } = await openBoard(99);
    await page.getByRole('button', { name: 'Nhắc 59 đơn vị chưa nộp' }).click();
    const picks = page.locator('ul.picks input[type=checkbox]');
    await picks.first().waitFor();
    await expect(picks.count()).resolves.toBe(59);
    await page.getByRole('button', { name: 'Hủy' }).click();
    await expect(page.locator('ul.picks').count()).resolves.toBe(0);
    expect(world.mailbox).toHaveLength(0);

    await page.getByRole('button', { name: 'Nhắc 59 đơn vị chưa nộp' }).click();
    const leaveOut = [units[groups.indexOf('empty')], units[groups.indexOf('missing')]];
    for (const u of leaveOut) await page.locator('ul.picks label', { hasText: u.name }).getByRole('checkbox').uncheck();
    await page.locator('.preview').getByText('email tổng hợp cho quản trị viên chưa gửi lần này').waitFor();
    await page.getByRole('button', { name: 'Gửi 57 email' }).click();
    await page.locator('.preview').getByText('Đã gửi 57 email.').waitFor();
    const to = world.mailbox.flatMap((m) => m.to);
    expect(to).toHaveLength(57);
    for (const u of leaveOut) expect(to).not.toContain(u.emails[0]);
    expect(to).not.toContain(ADMIN);
  });

  test('Làm mới closes an open preview', async () => {
    const { page } = await openBoard(99);
    await page.getByRole('button', { name: 'Nhắc 59 đơn vị chưa nộp' }).click();
    await page.locator('ul.picks').waitFor();
    await page.getByRole('button', { name: 'Làm mới', exact: true }).click();
    await expect(page.locator('ul.picks').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Nhắc 59 đơn vị chưa nộp' }).waitFor();
  });
});

describe('what the board costs in service calls (counted by the fakes)', () => {
  const costs = (n: number) => {
    const p = boardProvince(n, MIXES[n]);
    const code = p.units[p.groups.indexOf('errors')].code;
    const count = (name: string, args: unknown[]) => {
      p.world.resetCalls();
      p.g.call(name, args, { user: ADMIN });
      return p.world.totalCalls();
    };
    return { open: count('apiState', []), unit: count('apiOpenUnit', [code]), remind: count('apiRemindUnit', [code]) };
  };

  test('opening a unit from its row and reminding it cost the same at 10 and at 99 units', () => {
    const small = costs(10);
    const large = costs(99);
    expect(large.unit).toBe(small.unit);
    expect(large.remind).toBe(small.remind);
    // Opening the board reads Cấu hình and the document's store (records and snapshots), no unit tab:
    // the same 10 calls at 10 and at 99 units (before the snapshots: 4 calls a unit, 314 at 99).
    expect(large.open).toBe(small.open);
    expect(large.open).toBeLessThanOrEqual(10);
  });
});

describe('a reminder of unknown fate, settled from the board', () => {
  test('Google’s unclear answer puts it in a list; “Gửi lại” sends it once and the list goes', async () => {
    const { page, world, units, groups } = await openBoard(10, { height: 500 });
    const u = units[groups.indexOf('empty')];
    // Google takes the email and then says it timed out: nobody knows whether it went.
    world.after.set('MailApp.sendEmail', () => {
      world.after.delete('MailApp.sendEmail');
      throw new Error('Service Mail timed out.');
    });
    const r = row(page, u.name);
    await r.getByRole('button', { name: 'Nhắc' }).click();
    await r.getByText('Google không trả lời rõ').waitFor();
    await page.getByRole('button', { name: 'Làm mới', exact: true }).click();
    const panel = page.locator('.unknown');
    await panel.getByText('1 thư nhắc chưa rõ đã gửi hay chưa').waitFor();
    await expect(panel.locator('li').textContent()).resolves.toContain(u.emails[0]);
    await shot(page, 'sidebar-board-unknown');
    await panel.getByRole('button', { name: 'Gửi lại' }).click();
    await page.getByText('Đã gửi email nhắc.').waitFor();
    await expect(page.locator('.unknown li').count()).resolves.toBe(0);
    // The unclear one, the admins told of it at once, and the one sent again.
    expect(world.mailbox.map((m) => m.to)).toEqual([[u.emails[0]], [ADMIN], [u.emails[0]]]);
  });
});

describe('the 99-unit board as a clerk sees it', () => {
  test('screenshots at 300 px wide and 500 px high: the top, scrolled with the counts kept, the preview', async () => {
    const { page } = await openBoard(99, { height: 500 });
    const top = await shot(page, 'sidebar-board');
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(100);
    const scrolled = await shot(page, 'sidebar-board-scrolled');
    await expect(page.locator('.sticky').boundingBox()).resolves.toMatchObject({ y: 0 });
    for (const f of [top, scrolled]) expect(f).toBeTruthy();
  });

  test('screenshots of a row’s actions and of the reminder preview, 300 × 500', async () => {
    const { page, units, groups } = await openBoard(99, { height: 500 });
    const withErrors = row(page, units[groups.indexOf('errors')].name);
    await withErrors.getByRole('button', { name: units[groups.indexOf('errors')].name }).click();
    await withErrors.getByText('Đã mở trang. 1 lỗi:').waitFor();
    const empty = row(page, units[groups.indexOf('empty')].name);
    await empty.getByRole('button', { name: 'Nhắc' }).click();
    await empty.getByText('Đã gửi email nhắc.').waitFor();
    await withErrors.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -130));
    await shot(page, 'sidebar-board-actions');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Nhắc 59 đơn vị chưa nộp' }).click();
    await page.locator('ul.picks').waitFor();
    await page.locator('ul.picks input').nth(1).uncheck();
    await shot(page, 'sidebar-board-reminders');
  });
});

async function shot(page: Page, name: string): Promise<string> {
  const file = await screenshot(page, name, { fullPage: false });
  copyFileSync(file, resolve(DOCS, `${name}.png`));
  return file;
}
