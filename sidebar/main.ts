/**
 * The sidebar: unit staff see their unit, the deadline, their problems (a click selects the cell),
 * Kiểm tra and Nộp báo cáo; the province sees who has reported, Tổng hợp, reminders, reopening.
 * One server call opens it; every action returns the new state.
 */
import { sidebarText as t } from '../src/core/messages/sidebar';
import { button, el } from './dom';
import { call, type EmailDto, type IssueDto, type State } from './server';

interface Model {
  state: State | null;
  tab: 'unit' | 'province';
  /** What is running now, shown as progress; buttons wait. */
  busy: string | null;
  notice: string | null;
  error: { message: string; retry: () => void } | null;
  confirm: { text: string; yes: string; run: () => void } | null;
  preview: { emails: EmailDto[]; deferred: EmailDto[] } | null;
}

const model: Model = { state: null, tab: 'unit', busy: null, notice: null, error: null, confirm: null, preview: null };
const root = document.getElementById('app') as HTMLElement;

function update(patch: Partial<Model>): void {
  Object.assign(model, patch);
  render();
}

/** Runs a server call with progress, a notice on success, and the error with a retry on failure. */
function act<T>(busy: string, run: () => Promise<T>, done: (v: T) => string | null = () => null): void {
  Object.assign(model, { busy, notice: null, error: null, confirm: null });
  render();
  run().then(
    (v) => {
      model.busy = null;
      model.notice = done(v);
      render();
    },
    (e: Error) => {
      model.busy = null;
      model.error = { message: String(e?.message ?? e), retry: () => act(busy, run, done) };
      render();
    },
  );
}

const withState = (busy: string, run: () => Promise<State>, notice: (s: State) => string | null = () => null) =>
  act(busy, run, (s) => {
    model.state = s;
    return notice(s);
  });

function load(): void {
  withState(
    t.loading,
    () => call('apiState'),
    (s) => {
      if (!s.unit && s.admin) model.tab = 'province';
      return null;
    },
  );
}

function statusClass(status: string): string {
  return status === 'submitted'
    ? 'pill ok'
    : status === 'late'
      ? 'pill late'
      : status === 'missing'
        ? 'pill bad'
        : 'pill draft';
}

/** The column's label, unless the message already names it. */
const describe = (p: IssueDto) => (p.column && !p.message.includes(p.column) ? `${p.column}: ${p.message}` : p.message);

function problemList(problems: IssueDto[]): HTMLElement {
  const byRow = new Map<number, IssueDto[]>();
  for (const p of problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  const groups = [...byRow.entries()].sort((a, b) => a[0] - b[0]);
  return el(
    'div',
    { class: 'problems' },
    groups.map(([row, list]) =>
      el('div', { class: 'group' }, [
        el('div', { class: 'group-title', text: list[0].column === '' && row === 1 ? t.sheetLevel : t.row(row) }),
        ...list.map((p) =>
          el(
            'div',
            {
              class: `problem sev-${p.severity}`,
              role: 'button',
              title: `${p.sheet}!${p.cell}`,
              onClick: () => {
                void call('apiSelectCell', p.sheet, p.cell);
              },
            },
            [el('span', { class: 'cell', text: p.cell }), el('span', { class: 'message', text: describe(p) })],
          ),
        ),
      ]),
    ),
  );
}

function unitPanel(s: State): HTMLElement {
  const u = s.unit;
  if (!u) return el('p', { class: 'muted', text: t.noUnit });
  const errors = u.problems.filter((p) => p.severity === 'error').length;
  const draft = u.status === 'draft';
  return el('section', {}, [
    el('div', { class: 'label', text: t.unitLabel }),
    el('div', { class: 'unit-name', text: u.name }),
    el('div', { class: statusClass(u.status), text: u.statusText.replace(/^Trạng thái: /, '') }),
    el('h2', { text: t.problems(errors) }),
    u.problems.length ? el('p', { class: 'muted small', text: t.problemsHint }) : null,
    problemList(u.problems),
    el('div', { class: 'buttons' }, [
      button(
        t.submit,
        () => {
          model.confirm = {
            text: t.confirmSubmit(u.name),
            yes: t.confirmYes,
            run: () => withState(t.submitting, () => call('apiSubmit')),
          };
          render();
        },
        'action',
        !draft || model.busy !== null,
      ),
      button(t.check, () => withState(t.checking, () => call('apiCheck')), 'secondary', model.busy !== null),
    ]),
  ]);
}

function previewBlock(p: NonNullable<Model['preview']>): HTMLElement {
  if (!p.emails.length && !p.deferred.length) return el('p', { class: 'muted', text: t.previewNone });
  return el('div', { class: 'preview' }, [
    el('p', { text: t.previewCount(p.emails.length, p.deferred.length) }),
    el(
      'ul',
      {},
      p.emails.map((e) =>
        el('li', {}, [
          el('div', { class: 'small muted', text: `${t.kinds[e.kind]} · ${e.to.join(', ')}` }),
          el('div', { text: e.subject }),
        ]),
      ),
    ),
    button(
      t.send,
      () =>
        act(
          t.sending,
          () => call('apiSendReminders'),
          (r) => {
            model.preview = null;
            return t.sent(r.sent, r.deferred, r.failed.length);
          },
        ),
      'action',
      model.busy !== null,
    ),
  ]);
}

function provincePanel(s: State): HTMLElement {
  const a = s.admin;
  if (!a) return el('div');
  return el('section', {}, [
    el('h2', { text: t.board(a.submitted, a.units) }),
    el('div', { class: 'buttons' }, [
      button(t.summarize, () => withState(t.summarizing, () => call('apiSummarize')), 'action', model.busy !== null),
    ]),
    el('p', { class: 'muted small', text: a.lastSummary ?? t.neverSummarized }),
    el('table', { class: 'board' }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          t.boardHeaders.map((h) => el('th', { text: h })),
        ),
      ]),
      el(
        'tbody',
        {},
        a.board.map((r) =>
          el('tr', { class: `row-${r.status}` }, [
            el('td', {}, [
              el('div', { text: r.unit }),
              r.submittedAt
                ? el('div', {
                    class: 'small muted',
                    text: `${r.submittedAt}${r.onTime === false ? ` · ${t.late}` : ''}`,
                  })
                : null,
            ]),
            el('td', {}, [
              el('span', { class: statusClass(r.status), text: r.statusText }),
              r.status === 'submitted' || r.status === 'late'
                ? button(
                    t.reopen,
                    () => {
                      model.confirm = {
                        text: t.confirmReopen(r.unit),
                        yes: t.reopen,
                        run: () => withState(t.loading, () => call('apiReopen', r.code)),
                      };
                      render();
                    },
                    'link',
                    model.busy !== null,
                  )
                : null,
            ]),
            el('td', {
              class: r.errors ? 'num bad-text' : 'num',
              text: r.status === 'missing' ? '—' : String(r.errors),
            }),
          ]),
        ),
      ),
    ]),
    el('h2', { text: t.reminders }),
    el('p', { class: 'muted small', text: a.remindersOn ? t.autoOn : t.autoOff }),
    model.preview
      ? previewBlock(model.preview)
      : el('div', { class: 'buttons' }, [
          button(
            t.preview,
            () =>
              act(
                t.previewing,
                () => call('apiPreviewReminders'),
                (p) => {
                  model.preview = p;
                  return null;
                },
              ),
            'secondary',
            model.busy !== null,
          ),
        ]),
  ]);
}

function render(): void {
  const s = model.state;
  const parts: (HTMLElement | null)[] = [];
  if (s) {
    const next = s.deadline;
    parts.push(
      el('header', {}, [
        el('div', { class: 'top' }, [
          el('div', { class: 'report', text: s.reportTitle }),
          button(t.refresh, load, 'link', model.busy !== null),
        ]),
        next
          ? el('div', { class: next.daysLeft <= 3 ? 'deadline soon' : 'deadline' }, [
              el('strong', { text: t.deadline(next.date) }),
              ` · ${t.daysLeft(next.daysLeft)}`,
            ])
          : el('div', { class: 'deadline', text: t.noDeadline }),
      ]),
    );
    if (s.admin && s.unit) {
      parts.push(
        el('nav', { class: 'tabs', role: 'tablist' }, [
          el('button', {
            class: model.tab === 'unit' ? 'tab on' : 'tab',
            text: t.tabUnit,
            onClick: () => update({ tab: 'unit' }),
          }),
          el('button', {
            class: model.tab === 'province' ? 'tab on' : 'tab',
            text: t.tabProvince,
            onClick: () => update({ tab: 'province' }),
          }),
        ]),
      );
    }
  }
  if (model.busy)
    parts.push(
      el('div', { class: 'progress', role: 'progressbar', label: model.busy }, [
        el('div', { class: 'bar' }),
        el('span', { text: model.busy }),
      ]),
    );
  if (model.error) {
    const retry = model.error.retry;
    parts.push(
      el('div', { class: 'error', role: 'alert' }, [
        el('strong', { text: t.errorTitle }),
        el('p', { text: model.error.message }),
        button(t.retry, retry),
      ]),
    );
  }
  if (model.notice) parts.push(el('div', { class: 'notice', role: 'status', text: model.notice }));
  if (model.confirm) {
    const c = model.confirm;
    parts.push(
      el('div', { class: 'confirm', role: 'dialog' }, [
        el('p', { text: c.text }),
        el('div', { class: 'buttons' }, [
          button(c.yes, c.run, 'action'),
          button(t.cancel, () => update({ confirm: null })),
        ]),
      ]),
    );
  }
  if (s) parts.push(model.tab === 'province' && s.admin ? provincePanel(s) : unitPanel(s));
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
}

render();
load();
