/**
 * The sidebar: unit staff see their unit, the deadline, their problems (a click selects the cell),
 * Kiểm tra and Nộp báo cáo; the province sees a board of every unit with counts that filter, a search,
 * and actions on each row. One server call opens it; every action returns what changed.
 *
 * One model, drawn by Preact: each update diffs the page instead of rebuilding it, so the search box
 * keeps its focus and caret, the list its scroll position, and each row its open panel. Text goes in as
 * text (Preact escapes it); nothing from a cell or from Cấu hình is ever parsed as HTML.
 */
import { render as draw } from 'preact';
import {
  BOARD_FILTERS,
  type BoardFilter,
  type BoardSort,
  boardStatus,
  countFilters,
  daysOverdue,
  inFilter,
  isSubmitted,
  matchesSearch,
  sortUnits,
} from '../src/core/board';
import { sidebarText as t } from '../src/core/messages/sidebar';
import { type BoardRow, call, type EmailDto, type IssueDto, type SendDto, type State, type UnknownDto } from './server';

/** What one place on the page says about the action started there. */
interface Feedback {
  busy?: string;
  notice?: string;
  error?: { message: string; retry: () => void };
}

/** A board row's own state: its feedback, its Mở lại confirmation, the problems its name opened. */
interface RowUi extends Feedback {
  confirm?: boolean;
  problems?: IssueDto[];
}

interface Preview {
  emails: EmailDto[];
  deferred: EmailDto[];
  /** Codes of units the clerk unticked. */
  leaveOut: Set<string>;
  done?: string;
}

interface Model {
  state: State | null;
  tab: 'unit' | 'province';
  /** Feedback by place: `top` (opening, Làm mới), `unit`, `summary`, `reminders`. */
  at: Record<string, Feedback>;
  rows: Record<string, RowUi>;
  confirmSubmit: boolean;
  preview: Preview | null;
  filter: BoardFilter;
  query: string;
  sort: BoardSort;
}

const model: Model = {
  state: null,
  tab: 'unit',
  at: {},
  rows: {},
  confirmSubmit: false,
  preview: null,
  filter: 'todo',
  query: '',
  sort: 'status',
};
const root = document.getElementById('app') as HTMLElement;

function update(patch: Partial<Model> = {}): void {
  Object.assign(model, patch);
  draw(<App />, root);
}

const busyAnywhere = () => Object.values(model.at).some((f) => f.busy);

/** Runs a server call with its progress, success and error drawn at `place` (where the clerk clicked). */
function act<T>(
  place: string,
  busy: string,
  run: () => Promise<T>,
  done: (v: T) => string | undefined = () => undefined,
): void {
  const set = (f: Feedback) => {
    if (place.startsWith('row:')) {
      const code = place.slice(4);
      const old = model.rows[code] ?? {};
      model.rows[code] = { confirm: old.confirm, problems: old.problems, ...f };
    } else model.at[place] = f;
    update();
  };
  set({ busy });
  run().then(
    (v) => set({ notice: done(v) }),
    (e: Error) => set({ error: { message: String(e?.message ?? e), retry: () => act(place, busy, run, done) } }),
  );
}

/** An action that returns the new state: the page takes it, then says `after` where it was started. */
const withState =
  (run: () => Promise<State>, after: (s: State) => string | undefined = () => undefined) =>
  (): Promise<string | undefined> =>
    run().then((s) => {
      model.state = s;
      return after(s);
    });

const same = (m: string | undefined) => m;

/** Làm mới: the board read afresh and ordered anew; the reminder preview and rows' messages close. */
/** Làm mới (the board as last read: cheap) or Làm mới toàn bộ (every tab read again, said where clicked). */
function load(all = false): void {
  generation++;
  model.rows = {};
  model.preview = null;
  model.at.reminders = {};
  act(
    all ? 'summary' : 'top',
    all ? t.refreshingAll : t.loading,
    // Ordered anew when the answer comes (the render while waiting kept the old order).
    withState(
      () => (all ? call('apiRefreshAll') : call('apiState')),
      () => {
        generation++;
        return undefined;
      },
    ),
    same,
  );
}

function FeedbackAt({ f }: { f: Feedback | undefined }) {
  if (!f) return null;
  return (
    <>
      {f.busy ? (
        <div class="progress" role="progressbar" aria-label={f.busy}>
          <div class="bar" />
          <span>{f.busy}</span>
        </div>
      ) : null}
      {f.error ? (
        <div class="error" role="alert">
          <strong>{t.errorTitle}</strong>
          <p>{f.error.message}</p>
          <button type="button" onClick={f.error.retry}>
            {t.retry}
          </button>
        </div>
      ) : null}
      {f.notice ? (
        <div class="notice" role="status">
          {f.notice}
        </div>
      ) : null}
    </>
  );
}

/** The column's label, unless the message already names it. */
const describe = (p: IssueDto) => (p.column && !p.message.includes(p.column) ? `${p.column}: ${p.message}` : p.message);

function ProblemList({ problems }: { problems: IssueDto[] }) {
  const byRow = new Map<number, IssueDto[]>();
  for (const p of problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  const groups = [...byRow.entries()].sort((a, b) => a[0] - b[0]);
  const select = (p: IssueDto) => void call('apiSelectCell', p.sheet, p.cell);
  return (
    <div class="problems">
      {groups.map(([row, list]) => (
        <div class="group" key={row}>
          <div class="group-title">{list[0].column === '' && row === 1 ? t.sheetLevel : t.row(row)}</div>
          {list.map((p) => (
            <button
              type="button"
              class={`problem sev-${p.severity}`}
              title={`${p.sheet}!${p.cell}`}
              key={`${p.cell}|${p.message}`}
              onClick={() => select(p)}
            >
              <span class="cell">{p.cell}</span>
              <span class="message">{describe(p)}</span>
            </button>
          ))}
        </div>
      ))}
    </div>
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

function UnitPanel({ s }: { s: State }) {
  const u = s.unit;
  if (!u) return <p class="muted">{t.noUnit}</p>;
  const errors = u.problems.filter((p) => p.severity === 'error').length;
  const busy = busyAnywhere();
  return (
    <section>
      <div class="label">{t.unitLabel}</div>
      <div class="unit-name">{u.name}</div>
      <div class={statusClass(u.status)}>{u.statusText.replace(/^Trạng thái: /, '')}</div>
      <h2>{t.problems(errors)}</h2>
      {u.problems.length ? <p class="muted small">{t.problemsHint}</p> : null}
      <ProblemList problems={u.problems} />
      <div class="buttons">
        <button
          type="button"
          class="action"
          disabled={u.status !== 'draft' || busy}
          onClick={() => update({ confirmSubmit: true })}
        >
          {t.submit}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            act(
              'unit',
              t.checking,
              withState(() => call('apiCheck')),
              same,
            )
          }
        >
          {t.check}
        </button>
      </div>
      {model.confirmSubmit ? (
        <div class="confirm" role="dialog">
          <p>{t.confirmSubmit(u.name)}</p>
          <div class="buttons">
            <button
              type="button"
              class="action"
              onClick={() => {
                model.confirmSubmit = false;
                act(
                  'unit',
                  t.submitting,
                  withState(() => call('apiSubmit')),
                  same,
                );
              }}
            >
              {t.confirmYes}
            </button>
            <button type="button" onClick={() => update({ confirmSubmit: false })}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : null}
      <FeedbackAt f={model.at.unit} />
    </section>
  );
}

/** The status line a clerk acts on: overdue days, errors, how much is typed; or when it came in. */
function statusLine(r: BoardRow, daysLeft: number | null): { text: string; cls: string }[] {
  const st = boardStatus(r);
  if (st === 'missing')
    return [
      { text: t.missingTab, cls: 'bad-text' },
      { text: t.missingTabHint, cls: 'muted' },
    ];
  if (st === 'submitted') return [{ text: t.submittedAt(r.submittedAt), cls: 'ok-text' }];
  if (st === 'late') return [{ text: t.lateBy(r.daysLate, r.submittedAt), cls: 'late-text' }];
  const overdue = daysOverdue(r, daysLeft);
  return [
    overdue ? { text: t.overdueDays(overdue), cls: 'bad-text' } : { text: t.notSubmitted, cls: '' },
    r.errors ? { text: t.errorsCount(r.errors), cls: 'err-pill' } : null,
    // No action has read the tab yet: the board says so rather than guess "nothing typed".
    r.readAt === null
      ? { text: t.notRead, cls: 'muted' }
      : { text: r.rows ? t.filledRows(r.rows) : t.notStarted, cls: r.rows ? '' : 'muted' },
  ].filter((x): x is { text: string; cls: string } => x !== null);
}

function rowUi(code: string): RowUi {
  return model.rows[code] ?? {};
}

function setRow(code: string, patch: Partial<RowUi>): void {
  model.rows[code] = { ...rowUi(code), ...patch };
  update();
}

function BoardRowView({ r, daysLeft }: { r: BoardRow; daysLeft: number | null }) {
  const ui = rowUi(r.code);
  const place = `row:${r.code}`;
  const st = boardStatus(r);
  const line = statusLine(r, daysLeft);
  const rowBusy = ui.busy !== undefined;
  const open = () =>
    act(
      place,
      t.opening,
      () => call('apiOpenUnit', r.code),
      (o) => {
        model.rows[r.code] = { ...rowUi(r.code), problems: o.problems };
        return o.opened ? t.opened(o.problems.filter((p) => p.severity === 'error').length) : undefined;
      },
    );
  return (
    <li class={`unit st-${st}`} data-code={r.code}>
      <div class="unit-top">
        <button type="button" class="name" title={t.openUnit(r.unit)} onClick={open} disabled={rowBusy}>
          {r.unit}
        </button>
        {isSubmitted(r) ? (
          <button
            type="button"
            class="link"
            disabled={rowBusy}
            onClick={() => setRow(r.code, { confirm: true, notice: undefined, error: undefined })}
          >
            {t.reopen}
          </button>
        ) : st !== 'missing' ? (
          <button
            type="button"
            class="small-btn"
            disabled={rowBusy}
            onClick={() =>
              act(
                place,
                t.reminding,
                () => call('apiRemindUnit', r.code),
                (x: SendDto) => t.reminded(x),
              )
            }
          >
            {t.remind}
          </button>
        ) : null}
      </div>
      <div class="status-line" title={r.readAt === null ? t.notReadTitle : t.readAt(r.readAt)}>
        {line.map((p, i) => (
          <span key={p.text} class={p.cls}>
            {i ? ' · ' : ''}
            {p.text}
          </span>
        ))}
      </div>
      {ui.confirm ? (
        <div class="confirm" role="dialog">
          <p>{t.confirmReopen(r.unit)}</p>
          <div class="buttons">
            <button
              type="button"
              class="action"
              onClick={() => {
                model.rows[r.code] = { ...ui, confirm: false };
                act(
                  place,
                  t.reopening,
                  withState(
                    () => call('apiReopen', r.code),
                    () => t.reopened,
                  ),
                  same,
                );
              }}
            >
              {t.reopen}
            </button>
            <button type="button" onClick={() => setRow(r.code, { confirm: false })}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : null}
      <FeedbackAt f={ui} />
      {ui.problems ? (
        <div class="opened">
          {st === 'missing' ? (
            <p class="hint">{ui.problems.map((p) => p.message).join(' ')}</p>
          ) : ui.problems.length ? (
            <ProblemList problems={ui.problems} />
          ) : null}
          <button
            type="button"
            class="link"
            onClick={() => setRow(r.code, { problems: undefined, notice: undefined, error: undefined })}
          >
            {t.close}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function RemindersPanel() {
  const p = model.preview;
  const f = model.at.reminders;
  if (!p) return <FeedbackAt f={f} />;
  const units = p.emails.filter((e) => e.kind !== 'digest');
  const digests = p.emails.length - units.length;
  const picked = units.filter((e) => !p.leaveOut.has(e.code)).length;
  const close = () => update({ preview: null, at: { ...model.at, reminders: {} } });
  if (p.done !== undefined)
    return (
      <div class="preview">
        <FeedbackAt f={f} />
        <button type="button" class="link" onClick={close}>
          {t.close}
        </button>
      </div>
    );
  return (
    <div class="preview">
      {units.length || digests ? (
        <>
          <p class="small">
            {units.length ? t.previewHead(units.length, p.deferred.length) : t.previewCount(digests, p.deferred.length)}
          </p>
          <ul class="picks">
            {units.map((e) => (
              <li key={e.code}>
                <label title={`${e.to.join(', ')} · ${e.subject}`}>
                  <input
                    type="checkbox"
                    checked={!p.leaveOut.has(e.code)}
                    onChange={(ev) => {
                      if ((ev.currentTarget as HTMLInputElement).checked) p.leaveOut.delete(e.code);
                      else p.leaveOut.add(e.code);
                      update();
                    }}
                  />
                  <span class="pick-name">{e.unit}</span>
                  <span class="muted small">{t.kinds[e.kind]}</span>
                </label>
              </li>
            ))}
          </ul>
          {digests ? <p class="muted small">{p.leaveOut.size ? t.digestLater : t.digestToo(digests)}</p> : null}
        </>
      ) : (
        <p class="muted">{t.previewNone}</p>
      )}
      <div class="buttons">
        {units.length || digests ? (
          <button
            type="button"
            class="action"
            disabled={f?.busy !== undefined}
            onClick={() =>
              act(
                'reminders',
                t.sending,
                () => call('apiSendReminders', [...p.leaveOut]),
                (r) => {
                  p.done = t.sent(r.sent, r.deferred, r.failed.length);
                  return p.done;
                },
              )
            }
          >
            {t.sendPicked(picked + (p.leaveOut.size ? 0 : digests))}
          </button>
        ) : null}
        <button type="button" onClick={close}>
          {t.cancel}
        </button>
      </div>
      <p class="muted small">{model.state?.admin?.remindersOn ? t.autoOn : t.autoOff}</p>
      <FeedbackAt f={f} />
    </div>
  );
}

/**
 * The list keeps its order while only the data changes (a row reopened, a reminder sent): a row never
 * jumps away from under the clerk's pointer. A new filter, sort, search or Làm mới orders it afresh.
 */
let lastOrder: { view: string; codes: Map<string, number> } | null = null;
let generation = 0;

function keepOrder(rows: BoardRow[]): void {
  const view = `${model.filter}|${model.sort}|${model.query}|${generation}`;
  if (lastOrder?.view === view) {
    const at = lastOrder.codes;
    const pos = (r: BoardRow) => at.get(r.code) ?? Number.MAX_SAFE_INTEGER;
    rows.sort((a, b) => pos(a) - pos(b));
  }
  lastOrder = { view, codes: new Map(rows.map((r, i) => [r.code, i])) };
}

/**
 * Reminders whose fate is unknown (a send cut half-way): the add-in never sends them again by itself.
 * A person asks the unit, then says what happened: received (recorded as sent), or send again now.
 */
function UnknownPanel({ unknown, busy }: { unknown: UnknownDto[]; busy: boolean }) {
  const f = model.at.unknown;
  if (!unknown.length) return <FeedbackAt f={f} />;
  const settle = (u: UnknownDto, how: 'sent' | 'resend') =>
    act(
      'unknown',
      t.settling,
      () => call('apiSettleReminder', u.key, how),
      (r) => {
        model.state = r.state;
        if (how === 'sent') return t.settledSent;
        const s = r.send;
        return s.sent || s.unknown || s.failed.length || s.deferred ? t.reminded(s) : t.settledResendLater;
      },
    );
  return (
    <div class="unknown" role="alert">
      <strong>{t.unknownTitle(unknown.length)}</strong>
      <p class="small">{t.unknownHelp}</p>
      <ul class="unknown-list">
        {unknown.map((u) => (
          <li key={u.key}>
            <span class="small">{u.what}</span>
            <span class="buttons">
              <button type="button" disabled={busy} onClick={() => settle(u, 'sent')}>
                {u.digest ? t.unknownSeen : t.unknownSent}
              </button>
              {u.digest ? null : (
                <button type="button" disabled={busy} onClick={() => settle(u, 'resend')}>
                  {t.unknownResend}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <FeedbackAt f={f} />
    </div>
  );
}

function ProvincePanel({ s }: { s: State }) {
  const a = s.admin;
  if (!a) return null;
  const daysLeft = s.deadline ? s.deadline.daysLeft : null;
  const counts = countFilters(a.board, daysLeft);
  const searching = model.query.trim() !== '';
  // A search looks through every unit; otherwise the chosen count. A row with something to say stays.
  const shown = sortUnits(a.board, model.sort).filter(
    (r) =>
      (searching ? matchesSearch(r.unit, model.query) : inFilter(r, model.filter, daysLeft)) ||
      (!searching && (model.rows[r.code]?.notice || model.rows[r.code]?.error || model.rows[r.code]?.busy)),
  );
  keepOrder(shown);
  const folded = !searching && model.filter === 'todo' ? counts.submitted + counts.late : 0;
  const busy = busyAnywhere();
  return (
    <section>
      <div class="summary-line">
        <h2>{t.board(a.submitted, a.units)}</h2>
        <button
          type="button"
          class="action"
          disabled={busy}
          onClick={() =>
            act('summary', t.summarizing, () =>
              call('apiSummarize').then((st) => {
                model.state = st;
                return undefined;
              }),
            )
          }
        >
          {t.summarize}
        </button>
      </div>
      <p class="muted small">{a.lastSummary ?? t.neverSummarized}</p>
      <div class="figures-line">
        <span class="muted small figures">{t.figuresSince(a.readSince, a.unread)}</span>
        <button type="button" class="link" disabled={busy} onClick={() => load(true)}>
          {t.refreshAll}
        </button>
      </div>
      {s.settingsIssues.length ? (
        <div class="settings-issues" role="alert">
          <strong>{t.settingsIssues(s.settingsIssues.length)}</strong>
          <ProblemList problems={s.settingsIssues} />
        </div>
      ) : null}
      <FeedbackAt f={model.at.summary} />
      <div class="remind-line">
        {model.preview ? null : (
          <button
            type="button"
            disabled={busy || model.at.reminders?.busy !== undefined}
            onClick={() =>
              act(
                'reminders',
                t.previewing,
                () => call('apiPreviewReminders'),
                (p) => {
                  model.preview = { emails: p.emails, deferred: p.deferred, leaveOut: new Set() };
                  return undefined;
                },
              )
            }
          >
            {t.remindAll(counts.todo)}
          </button>
        )}
        <span class="muted small" title={a.remindersOn ? t.autoOn : t.autoOff}>
          {t.autoShort(a.remindersOn)}
        </span>
      </div>
      <RemindersPanel />
      <UnknownPanel unknown={a.unknown} busy={busy} />
      <div class="sticky">
        <div class="chips" role="toolbar" aria-label={t.sortLabel}>
          {BOARD_FILTERS.map((f) => (
            <button
              type="button"
              key={f}
              class={`chip chip-${f}${!searching && model.filter === f ? ' on' : ''}`}
              aria-pressed={!searching && model.filter === f}
              onClick={() => update({ filter: f, query: '' })}
            >
              {t.filters[f]} <b>{counts[f]}</b>
            </button>
          ))}
        </div>
        <div class="find">
          <input
            type="search"
            aria-label={t.searchLabel}
            placeholder={t.searchPlaceholder}
            value={model.query}
            onInput={(e) => update({ query: (e.currentTarget as HTMLInputElement).value })}
          />
          <select
            aria-label={t.sortLabel}
            value={model.sort}
            onChange={(e) => update({ sort: (e.currentTarget as HTMLSelectElement).value as BoardSort })}
          >
            {(Object.keys(t.sorts) as BoardSort[]).map((k) => (
              <option key={k} value={k}>
                {t.sorts[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="muted small shown">{t.shown(shown.length, a.units)}</p>
      <ul class="board">
        {shown.map((r) => (
          <BoardRowView key={r.code} r={r} daysLeft={daysLeft} />
        ))}
      </ul>
      {shown.length === 0 ? <p class="muted">{searching ? t.searchNone(model.query.trim()) : t.filterEmpty}</p> : null}
      {folded ? <p class="muted small">{t.foldedSubmitted(folded)}</p> : null}
    </section>
  );
}

function App() {
  const s = model.state;
  const d = s?.deadline;
  return (
    <>
      {s ? (
        <header>
          <div class="top">
            <div class="report">{s.reportTitle}</div>
            <button type="button" class="link" disabled={busyAnywhere()} onClick={() => load()}>
              {t.refresh}
            </button>
          </div>
          {d ? (
            <div class={d.daysLeft <= 3 ? 'deadline soon' : 'deadline'}>
              <strong>{t.deadline(d.date)}</strong> · {t.daysLeft(d.daysLeft)}
            </div>
          ) : (
            <div class="deadline">{t.noDeadline}</div>
          )}
        </header>
      ) : null}
      {s?.admin && s.unit ? (
        <div class="tabs" role="tablist">
          <button
            type="button"
            role="tab"
            class={model.tab === 'unit' ? 'tab on' : 'tab'}
            onClick={() => update({ tab: 'unit' })}
          >
            {t.tabUnit}
          </button>
          <button
            type="button"
            role="tab"
            class={model.tab === 'province' ? 'tab on' : 'tab'}
            onClick={() => update({ tab: 'province' })}
          >
            {t.tabProvince}
          </button>
        </div>
      ) : null}
      <FeedbackAt f={model.at.top} />
      {s ? model.tab === 'province' && s.admin ? <ProvincePanel s={s} /> : <UnitPanel s={s} /> : null}
    </>
  );
}

export function start(): void {
  update();
  act(
    'top',
    t.loading,
    withState(
      () => call('apiState'),
      (s) => {
        if (!s.unit && s.admin) model.tab = 'province';
        return undefined;
      },
    ),
    same,
  );
}
