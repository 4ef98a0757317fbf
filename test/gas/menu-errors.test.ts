/* biome-ignore-all lint/suspicious/noExplicitAny: the fake world's hooks are patched in place */
import { ADMIN, province, road } from './province';

type P = ReturnType<typeof province>;
const submitted = (p: P, i: number) => {
  const u = p.units[i];
  p.g.type(u.emails[0], u.sheet, 6, 1, [road('Đường 1', 600)]);
  p.g.call('apiSubmit', [], { user: u.emails[0] });
};

describe('Mở lại from the menu', () => {
  test('a unit is refused before anything is asked', () => {
    const p = province();
    submitted(p, 1);
    p.world.alerts.length = 0;
    p.world.promptAnswers.push(['OK', 'Lục Nam']);
    p.g.call('menuReopen', [], { user: p.units[0].emails[0] });
    expect(p.world.alerts).toEqual([expect.stringMatching(/^Chỉ quản trị viên Hội LHPN tỉnh/)]);
    expect(p.world.promptAnswers).toHaveLength(1);
  });

  test('the admin picks from the submitted units by number, or by name typed "lục nam"', () => {
    const p = province();
    submitted(p, 1);
    submitted(p, 2);
    p.world.alerts.length = 0;
    p.world.promptAnswers.push(['OK', 'lục nam']);
    p.g.call('menuReopen', [], { user: ADMIN });
    expect(p.world.alerts[0]).toBe(
      'Mở lại báo cáo của đơn vị nào? Nhập số thứ tự hoặc tên đơn vị:\n1. Lục Nam\n2. Khối Cơ quan tỉnh',
    );
    expect(p.world.alerts[1]).toBe('Đã mở lại báo cáo của Lục Nam. Đơn vị có thể sửa và nộp lại.');
    p.world.alerts.length = 0;
    p.world.promptAnswers.push(['OK', '1']);
    p.g.call('menuReopen', [], { user: ADMIN });
    expect(p.world.alerts).toEqual([
      'Mở lại báo cáo của đơn vị nào? Nhập số thứ tự hoặc tên đơn vị:\n1. Khối Cơ quan tỉnh',
      'Đã mở lại báo cáo của Khối Cơ quan tỉnh. Đơn vị có thể sửa và nộp lại.',
    ]);
    p.world.alerts.length = 0;
    p.g.call('menuReopen', [], { user: ADMIN });
    expect(p.world.alerts).toEqual(['Chưa có đơn vị nào nộp báo cáo, không có báo cáo nào cần mở lại.']);
  });

  test('Cancel at the question reopens nothing, even with a number typed', () => {
    const p = province();
    submitted(p, 1);
    p.world.alerts.length = 0;
    p.world.promptAnswers.push(['CANCEL', '1']);
    p.g.call('menuReopen', [], { user: ADMIN });
    expect(p.world.alerts).toEqual(['Mở lại báo cáo của đơn vị nào? Nhập số thứ tự hoặc tên đơn vị:\n1. Lục Nam']);
    expect(String(p.g.values('Lục Nam')[2][0])).toMatch(/^Trạng thái: Đã nộp /);
  });

  test('a unit reopened from the sidebar while the menu asked: the answer says it is no longer submitted', () => {
    const p = province();
    submitted(p, 1);
    p.world.alerts.length = 0;
    const answers = p.world.promptAnswers;
    // The admin's other window reopens Lục Nam while the menu's question is on screen.
    answers.shift = () => {
      p.g.call('apiReopen', [p.units[1].code], { user: ADMIN });
      return ['OK', '1'];
    };
    p.g.call('menuReopen', [], { user: ADMIN });
    expect(p.world.alerts).toEqual([
      'Mở lại báo cáo của đơn vị nào? Nhập số thứ tự hoặc tên đơn vị:\n1. Lục Nam',
      'Báo cáo của Lục Nam chưa nộp, không cần mở lại.',
    ]);
    const log = p.g.values('Nhật ký').filter((r) => r.includes('Mở lại báo cáo'));
    expect(log).toHaveLength(1);
  });
});

/** The next call named `name` throws `message` (before it takes effect). */
function failNext(p: P, name: string, message: string): void {
  const w = p.world as any;
  const count = w.count.bind(w);
  w.count = (n: string) => {
    count(n);
    if (n === name) {
      w.count = count;
      throw new Error(message);
    }
  };
}

describe('Google’s errors are said in Vietnamese: what happened, that nothing was lost, what to do', () => {
  const cases: [string, string, RegExp][] = [
    ['Range.getValues', 'Service Spreadsheets timed out while accessing document with id abc.', /quá lâu/],
    ['Range.getValues', 'We’re sorry, a server error occurred. Please wait a bit and try again.', /lỗi tạm thời/],
    [
      'Range.getValues',
      'Service invoked too many times in a short time: spreadsheets. Try Utilities.sleep(1000)',
      /giới hạn/,
    ],
  ];
  test.each(cases)('%s failing with “%s”', (call, english, what) => {
    const p = province();
    p.world.alerts.length = 0;
    failNext(p, call, english);
    p.g.call('menuCheck', [], { user: p.units[0].emails[0] });
    const said = p.world.alerts.pop() ?? '';
    expect(said).toMatch(what);
    expect(said).toMatch(/^[^\n]*không mất[^\n]*bấm lại/);
    // Google's words follow in small print, never alone and never first.
    expect(said.endsWith(`(Chi tiết kỹ thuật từ Google: ${english})`)).toBe(true);
  });

  test('a lock that times out says someone else is running; any other lock failure does not', () => {
    const p = province();
    failNext(p, 'Lock.waitLock', 'Lock timeout: another process was holding the lock for too long.');
    p.g.call('menuSummarize', [], { user: ADMIN });
    expect(p.world.alerts.pop()).toBe(
      'Đang có người khác chạy Tổng hợp hoặc nộp báo cáo. Vui lòng đợi một phút rồi bấm lại.',
    );
    failNext(p, 'Lock.waitLock', 'There are too many LockService operations against the same script.');
    p.g.call('menuSummarize', [], { user: ADMIN });
    const said = p.world.alerts.pop() ?? '';
    expect(said).not.toContain('người khác');
    expect(said).toMatch(/^Google đang giới hạn.*không mất.*bấm lại/s);
  });

  test('when only the final alert fails, the action is not reported as failed', () => {
    const p = province();
    p.g.type(p.units[0].emails[0], 'Tân Yên', 6, 1, [road('Đường 1', 600)]);
    const w = p.world as any;
    const count = w.count.bind(w);
    let alerts = 0;
    w.count = (n: string) => {
      count(n);
      // The confirmation is the first alert; the outcome the second, which times out.
      if (n === 'Ui.alert' && ++alerts === 2) throw new Error('Timed out waiting for user response');
    };
    p.g.call('menuSubmit', [], { user: p.units[0].emails[0] });
    w.count = count;
    expect(p.world.alerts.some((a) => /Có lỗi|quá lâu/.test(a))).toBe(false);
    expect(p.world.toasts.pop()).toBe('Đã nộp báo cáo của Tân Yên. Cảm ơn!');
    expect(p.g.values('Tân Yên')[2][0]).toMatch(/^Trạng thái: Đã nộp/);
  });
});
