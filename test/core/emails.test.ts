/** What a unit's focal person reads in a reminder email. */
import { planReminders, type ReminderUnit } from '../../src/core';

const unit: ReminderUnit = {
  code: 'A',
  name: 'Xã A',
  emails: ['a@x.vn'],
  submitted: false,
  link: 'https://docs.example/#A',
  problems: [],
};
const bodyOn = (today: string) =>
  planReminders({
    today,
    reportTitle: 'Con đường',
    deadlines: [{ code: 'tk', title: 'Báo cáo tổng kết', date: '20/09/2020', offsets: [7, 3, 1, 0], overdue: true }],
    units: [unit],
    admins: ['vp@x.vn'],
    sent: new Set(),
    quotaLeft: 100,
  }).emails.find((e) => e.kind !== 'digest')?.body ?? '';

describe('a reminder email', () => {
  test('greets the unit, links its tab, says how to submit and is signed by the province office', () => {
    const body = bodyOn('2020-09-13');
    expect(body.split('\n')[0]).toBe('Kính gửi Xã A,');
    expect(body).toContain('https://docs.example/#A');
    expect(body).toContain(
      'Cách nộp: mở bảng tính, chọn menu Báo cáo Hội LHPN › Kiểm tra, sửa lỗi, rồi chọn Nộp báo cáo.',
    );
    expect(body.endsWith('Văn phòng Hội LHPN tỉnh (thư gửi tự động, vui lòng không trả lời).')).toBe(true);
  });
});
