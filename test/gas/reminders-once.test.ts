/** Reminders exactly once: recorded in Document Properties as pending before the send and sent after. */
import { ExecutionKilled } from '../fakes';
import { faultPoints } from '../fault/harness';
import { ADMIN, at, province } from './province';

const inbox = (world: ReturnType<typeof province>['world'], from = 0) =>
  world.mailbox.slice(from).map((m) => `${m.to.join(',')} | ${m.subject}`);

/** The k-th service call of the daily run that is Nth `MailApp.sendEmail`, counted on a fault-free twin. */
function callOfSend(n: number): number {
  const { g, world } = province({ now: at('2020-09-13') });
  let calls = 0;
  let sends = 0;
  let found = 0;
  world.after.set('MailApp.sendEmail', () => {
    sends++;
    if (sends === n) found = calls;
  });
  const count = world.count.bind(world);
  world.count = (name: string) => {
    calls++;
    count(name);
  };
  g.call('remindersDaily', [], { user: ADMIN });
  return found;
}

describe('a reminder goes out once, or is named to the admins as of unknown fate', () => {
  test('a daily run killed right after an email went out: the retry never sends it again and the digest names it', () => {
    const k = callOfSend(1);
    const { g, world } = province({ now: at('2020-09-13') });
    world.injectFault(k + 1, 'kill'); // the call after the first send: the email is out, its record pending
    expect(() => g.call('remindersDaily', [], { user: ADMIN })).toThrow(ExecutionKilled);
    expect(inbox(world)).toEqual([expect.stringMatching(/^dv1@.*Tân Yên: còn 7 ngày/)]);
    g.call('remindersDaily', [], { user: ADMIN });
    const mail = inbox(world);
    expect(mail.filter((m) => m.includes('Tân Yên: còn 7 ngày'))).toHaveLength(1);
    expect(mail.filter((m) => m.startsWith('dv2@') || m.startsWith('dv3@'))).toHaveLength(2);
    const digest = world.mailbox.find((m) => m.to.includes(ADMIN));
    expect(digest?.body).toContain('Thư nhắc hạn chưa rõ đã gửi hay chưa');
    expect(digest?.body).toContain('Tân Yên: còn 7 ngày');
    // Named once: the next run (the same day) tells nobody again.
    const before = world.mailbox.length;
    g.call('remindersDaily', [], { user: ADMIN });
    expect(inbox(world, before)).toEqual([]);
  });

  test('deleting Nhật ký does not make the daily run send again', () => {
    const { g, world } = province({ now: at('2020-09-13') });
    g.call('remindersDaily', [], { user: ADMIN });
    expect(world.mailbox).toHaveLength(4);
    g.ss.sheets.splice(
      g.ss.sheets.findIndex((s) => s.name === 'Nhật ký'),
      1,
    );
    g.call('remindersDaily', [], { user: ADMIN });
    expect(world.mailbox).toHaveLength(4);
  });

  test('a daily run that fails tells the admins in Vietnamese what failed and that nothing went twice', () => {
    const k = callOfSend(2);
    const { g, world } = province({ now: at('2020-09-13') });
    // The record of the second email fails to be written after it went out: the run stops there.
    world.injectFault(k + 1, 'before');
    expect(() => g.call('remindersDaily', [], { user: ADMIN })).toThrow();
    const notice = world.mailbox.at(-1);
    expect(notice?.to).toEqual([ADMIN]);
    expect(notice?.subject).toMatch(/lần nhắc hạn tự động lúc .* bị lỗi$/);
    expect(notice?.body).toContain('Máy chủ của Google gặp lỗi tạm thời');
    expect(notice?.body).toContain('Thư đã gửi trong lần chạy này (1):');
    expect(notice?.body).toContain('Không thư nào bị gửi hai lần');
    // The retry sends the rest; the one whose record failed is named, not sent again.
    g.call('remindersDaily', [], { user: ADMIN });
    const mail = inbox(world);
    expect(mail.filter((m) => m.includes('Lục Nam: còn 7 ngày'))).toHaveLength(1);
    expect(mail.filter((m) => m.includes('Khối Cơ quan tỉnh: còn 7 ngày'))).toHaveLength(1);
  });
});

describe('a person settles a reminder of unknown fate from the board', () => {
  /** A daily run killed right after Tân Yên's email went out: that email is of unknown fate. */
  function cut() {
    const k = callOfSend(1);
    const p = province({ now: at('2020-09-13') });
    p.world.injectFault(k + 1, 'kill');
    expect(() => p.g.call('remindersDaily', [], { user: ADMIN })).toThrow(ExecutionKilled);
    const state = p.g.call('apiState', [], { user: ADMIN }) as { admin: { unknown: Unknown[] } };
    return { ...p, unknown: state.admin.unknown };
  }
  type Unknown = { key: string; what: string; unit: string; digest: boolean };
  type Settled = { send: { sent: number }; state: { admin: { unknown: Unknown[] } } };
  const toTanYen = (world: ReturnType<typeof province>['world']) =>
    inbox(world).filter((m) => m.includes('Tân Yên: còn 7 ngày'));

  test('the board lists it with its subject and recipient, and the unit it was for', () => {
    const { unknown } = cut();
    expect(unknown).toEqual([
      {
        key: expect.stringMatching(/\|DV001$/),
        what: expect.stringMatching(/Tân Yên: còn 7 ngày.*\(dv1@hoiphunu\.example\.org\)$/),
        unit: 'Tân Yên',
        digest: false,
      },
    ]);
  });

  test('“Đơn vị đã nhận” records it as sent: it leaves the list, and no run sends it again', () => {
    const { g, world, unknown } = cut();
    const r = g.call('apiSettleReminder', [unknown[0].key, 'sent'], { user: ADMIN }) as Settled;
    expect(r.send.sent).toBe(0);
    expect(r.state.admin.unknown).toEqual([]);
    g.call('remindersDaily', [], { user: ADMIN });
    expect(toTanYen(world)).toHaveLength(1);
    // The log says who settled it, under the reminder's key (an old log agrees with the record).
    const log = g.values('Nhật ký').find((row) => row[4] === unknown[0].key);
    expect(String(log?.[5])).toContain(`(${ADMIN}) xác nhận đơn vị đã nhận`);
  });

  test('“Gửi lại” sends it again once, now, and a second click changes nothing', () => {
    const { g, world, unknown } = cut();
    const r = g.call('apiSettleReminder', [unknown[0].key, 'resend'], { user: ADMIN }) as Settled;
    expect(r.send.sent).toBe(1);
    expect(r.state.admin.unknown).toEqual([]);
    expect(toTanYen(world)).toHaveLength(2);
    expect(() => g.call('apiSettleReminder', [unknown[0].key, 'resend'], { user: ADMIN })).toThrow(
      /không còn trong danh sách chưa rõ đã gửi/,
    );
    g.call('remindersDaily', [], { user: ADMIN });
    expect(toTanYen(world)).toHaveLength(2);
  });

  test('a unit cannot settle it, nor can anyone with a word other than the two offered', () => {
    const { g, units, unknown } = cut();
    expect(() => g.call('apiSettleReminder', [unknown[0].key, 'sent'], { user: units[0].emails[0] })).toThrow(
      /quản trị/,
    );
    expect(() => g.call('apiSettleReminder', [unknown[0].key, 'yes'], { user: ADMIN })).toThrow(
      /không còn trong danh sách/,
    );
    const state = g.call('apiState', [], { user: ADMIN }) as { admin: { unknown: Unknown[] } };
    expect(state.admin.unknown).toHaveLength(1);
  });

  test('the admins’ digest can be marked as seen, not sent again', () => {
    const { g, world } = province({ now: at('2020-09-13') });
    // The digest is the last email of the run: cut right after it went out.
    let sends = 0;
    world.after.set('MailApp.sendEmail', () => {
      sends++;
      if (sends === 4) throw new Error('Service Mail timed out.');
    });
    g.call('remindersDaily', [], { user: ADMIN });
    world.after.delete('MailApp.sendEmail');
    const { admin } = g.call('apiState', [], { user: ADMIN }) as { admin: { unknown: Unknown[] } };
    const digest = admin.unknown.find((u) => u.digest);
    expect(digest?.unit).toBe('');
    expect(() => g.call('apiSettleReminder', [digest?.key, 'resend'], { user: ADMIN })).toThrow(
      /tổng hợp cho tỉnh không gửi lại được/,
    );
    const r = g.call('apiSettleReminder', [digest?.key, 'sent'], { user: ADMIN }) as Settled;
    expect(r.state.admin.unknown.filter((u) => u.digest)).toEqual([]);
  });
});

describe('settling a reminder of unknown fate, cut at every service call and clicked again', () => {
  type Unknown = { key: string };
  const listed = (g: ReturnType<typeof province>['g']) =>
    (g.call('apiState', [], { user: ADMIN }) as { admin: { unknown: Unknown[] } }).admin.unknown;
  /** A daily run killed right after Tân Yên's email went out: that one email is of unknown fate. */
  function cut() {
    const k = callOfSend(1);
    const p = province({ now: at('2020-09-13') });
    p.world.injectFault(k + 1, 'kill');
    expect(() => p.g.call('remindersDaily', [], { user: ADMIN })).toThrow(ExecutionKilled);
    return { ...p, key: listed(p.g)[0].key };
  }
  const toTanYen = (world: ReturnType<typeof province>['world']) =>
    world.mailbox.filter((m) => m.subject.includes('Tân Yên: còn 7 ngày')).length;
  /**
   * The fault points of one settle: every call with FAULT_SWEEP=full, else the harness's quick sample and
   * the calls around the send (the one that matters), counted on a fault-free run.
   */
  const pointsOf = (how: string) => {
    const { g, world, key } = cut();
    let calls = 0;
    let send = 0;
    const count = world.count.bind(world);
    world.count = (name: string) => {
      calls++;
      if (name === 'MailApp.sendEmail') send = calls;
      count(name);
    };
    g.call('apiSettleReminder', [key, how], { user: ADMIN });
    const n = world.lastExecution.calls;
    const around = send ? [send - 1, send, send + 1, send + 2] : [];
    return [...new Set([...faultPoints(n, process.env.FAULT_SWEEP === 'full'), ...around])].filter((k) => k <= n);
  };

  for (const how of ['sent', 'resend']) {
    test(`“${how === 'sent' ? 'Đơn vị đã nhận' : 'Gửi lại'}”: the email goes out at most once more, and the list tells the truth`, () => {
      const points = pointsOf(how);
      expect(points.length).toBeGreaterThan(5);
      const wrong: string[] = [];
      for (const k of points) {
        for (const mode of ['before', 'after', 'kill'] as const) {
          const { g, world, key } = cut();
          world.injectFault(k, mode);
          try {
            g.call('apiSettleReminder', [key, how], { user: ADMIN });
          } catch (e) {
            // Said in Vietnamese (explain), or the kill that no code sees.
            if (!(e instanceof ExecutionKilled) && !/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/.test(String(e)))
              wrong.push(`${mode}@${k}: English error ${String(e)}`);
          }
          // The admin looks at the board and, if the email is still listed, clicks again.
          if (listed(g).some((u) => u.key === key)) g.call('apiSettleReminder', [key, how], { user: ADMIN });
          const still = listed(g).some((u) => u.key === key);
          const sent = toTanYen(world);
          // After "sent": never again, and off the list. After "resend": off the list only once it went out
          // again; each click sends it at most once (a click cut after its send leaves it listed again, of
          // unknown fate, and the admin's second click is a second decision).
          if (how === 'sent' && (sent !== 1 || still)) wrong.push(`${mode}@${k}: ${sent} emails, listed ${still}`);
          if (how === 'resend' && (sent > 3 || (sent === 1 && !still)))
            wrong.push(`${mode}@${k}: ${sent} emails, listed ${still}`);
          // The daily run afterwards never sends it again.
          g.call('remindersDaily', [], { user: ADMIN });
          if (toTanYen(world) !== sent) wrong.push(`${mode}@${k}: the daily run sent it again`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
