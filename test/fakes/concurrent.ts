/**
 * Executions that really overlap: each runs the bundle in its own worker thread, over the fake world
 * of the main thread. A service call blocks its thread until the main thread answers, so a waitLock on a
 * lock another execution holds truly waits until that execution releases it (or its timeout passes).
 */
/* biome-ignore-all lint/suspicious/noExplicitAny: a generic bridge to untyped fakes */

import { join } from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Google } from './index';

const SAB_BYTES = 8 + 8 * 1024 * 1024;

interface Handle {
  id: number;
  methods: string[];
  data: Record<string, unknown>;
}

function isPlain(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return typeof v !== 'function';
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') return true;
  if (Array.isArray(v)) return v.every(isPlain);
  return Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every(isPlain);
}

export interface Execution {
  name: string;
  args?: unknown[];
  user: string;
}

export interface Bridge {
  /** Every service call, in the order the main thread served them: `execution name`. */
  log: string[];
  /** Runs the executions at once; resolves with each one's result or error message. */
  run(executions: Execution[]): Promise<{ value?: unknown; error?: string }[]>;
  /** Holds the answer to the first call of this name until `until()` is true (3 s at most). */
  holdFirst(callName: string, until: () => boolean): void;
  /** Executions waiting for the lock now. */
  waiting(): number;
}

export function bridge(g: Google): Bridge {
  const world = g.world;
  const objects = new Map<number, any>([[0, { now: () => world.now.getTime() }]]);
  const idOf = new Map<any, number>();
  const log: string[] = [];
  let nextId = 1;
  let hold: { callName: string; until: () => boolean; done: boolean } | null = null;
  const lockQueue: { exec: number; grant: () => void }[] = [];

  const handle = (obj: any, className: string): Handle => {
    let id = idOf.get(obj);
    if (id === undefined) {
      id = nextId++;
      idOf.set(obj, id);
      objects.set(id, obj);
    }
    const methods = new Set<string>();
    const data: Record<string, unknown> = {};
    for (let o = obj; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      for (const k of Object.getOwnPropertyNames(o)) {
        if (k === 'constructor' || k.startsWith('_')) continue;
        const v = obj[k];
        if (typeof v === 'function') methods.add(k);
        else if (isPlain(v) && !(k in data)) data[k] = v;
      }
    }
    return { id, methods: [...methods], data: { __class: className, ...data } };
  };
  const out = (v: unknown): unknown => {
    if (isPlain(v)) return v;
    if (Array.isArray(v)) return v.map(out);
    return { __handle: handle(v, 'object') };
  };
  const inn = (v: any): any => {
    if (v && typeof v === 'object' && '__ref' in v) return objects.get(v.__ref);
    if (Array.isArray(v)) return v.map(inn);
    return v;
  };

  const release = (exec: number) => {
    if (world.lockHolder !== exec) return;
    world.lockHolder = null;
    const next = lockQueue.shift();
    if (next) {
      world.lockHolder = next.exec;
      next.grant();
    }
  };

  const start = (e: Execution, exec: number): Promise<{ value?: unknown; error?: string }> =>
    new Promise((resolve, reject) => {
      const sab = new SharedArrayBuffer(SAB_BYTES);
      const flag = new Int32Array(sab, 0, 2);
      const bytes = new Uint8Array(sab, 8);
      const services = Object.fromEntries(
        g.globalNames
          .filter((k) => k !== 'Date' && k !== 'console')
          .map((k) => [k, { __handle: handle((g.context as any)[k], k) }]),
      );
      const worker = new Worker(join(__dirname, 'worker.js'), {
        workerData: { dist: (g as any).dist, sab, services, name: e.name, args: e.args ?? [] },
      });
      const answer = (reply: unknown) => {
        const buf = v8.serialize(reply);
        if (buf.length > bytes.length) throw new Error('reply too large for the bridge');
        bytes.set(buf);
        Atomics.store(flag, 1, buf.length);
        Atomics.store(flag, 0, 1);
        Atomics.notify(flag, 0);
      };
      worker.on('message', (m: any) => {
        if (m.type === 'done') {
          release(exec);
          resolve(v8.deserialize(Buffer.from(m.result)));
          void worker.terminate();
          return;
        }
        const target = objects.get(m.id);
        const name = `${m.id === 0 ? 'Clock' : ''}${m.prop}`;
        const saved = { user: world.user, authMode: world.authMode, execution: world.execution };
        Object.assign(world, { user: e.user.toLowerCase(), authMode: 'FULL', execution: exec });
        try {
          // A lock held by another execution: the caller blocks until it is released or its timeout passes.
          if (
            (m.prop === 'waitLock' || m.prop === 'tryLock') &&
            world.lockHolder !== null &&
            world.lockHolder !== exec
          ) {
            log.push(`${exec} ${m.prop} (waits)`);
            let granted = false;
            const timer = setTimeout(
              () => {
                if (granted) return;
                const i = lockQueue.findIndex((q) => q.exec === exec);
                if (i >= 0) lockQueue.splice(i, 1);
                answer(
                  m.prop === 'tryLock'
                    ? { value: false }
                    : { error: 'Lock timeout: another process was holding the lock for too long.' },
                );
              },
              Number(m.args[0] ?? 0) / 10,
            );
            lockQueue.push({
              exec,
              grant: () => {
                granted = true;
                clearTimeout(timer);
                log.push(`${exec} ${m.prop} (granted)`);
                answer({ value: m.prop === 'tryLock' ? true : undefined });
              },
            });
            return;
          }
          if (m.prop === 'releaseLock') {
            world.count('Lock.releaseLock');
            log.push(`${exec} releaseLock`);
            release(exec);
            answer({ value: undefined });
            return;
          }
          const value = target[m.prop](...inn(m.args));
          log.push(`${exec} ${name}`);
          const reply = { value: out(value) };
          if (hold && !hold.done && m.prop === hold.callName) {
            hold.done = true;
            const h = hold;
            const give = Date.now() + 3000;
            const wait = () => (h.until() || Date.now() > give ? answer(reply) : setTimeout(wait, 5));
            wait();
            return;
          }
          answer(reply);
        } catch (err) {
          answer({ error: String((err as Error).message) });
        } finally {
          Object.assign(world, saved);
        }
      });
      worker.on('error', reject);
    });

  return {
    log,
    run: (executions) => Promise.all(executions.map((e, i) => start(e, 1000 + i))),
    holdFirst: (callName, until) => {
      hold = { callName, until, done: false };
    },
    waiting: () => lockQueue.length,
  };
}
