// One Apps Script execution in its own thread: the built bundle, loaded by gas-local, over proxies of
// the fake services that live in the main thread. Every service call is a synchronous round trip.
const { workerData, parentPort } = require('node:worker_threads');
const v8 = require('node:v8');
const gasLocal = require('gas-local');

const { dist, sab, services, name, args } = workerData;
const flag = new Int32Array(sab, 0, 2);
const bytes = new Uint8Array(sab, 8);
const ids = new WeakMap();

function decode(v) {
  if (v && typeof v === 'object' && v.__handle) return proxy(v.__handle);
  if (Array.isArray(v)) return v.map(decode);
  return v;
}
function encode(v) {
  if (v && (typeof v === 'object' || typeof v === 'function') && ids.has(v)) return { __ref: ids.get(v) };
  if (Array.isArray(v)) return v.map(encode);
  return v;
}

function call(id, prop, callArgs) {
  Atomics.store(flag, 0, 0);
  parentPort.postMessage({ type: 'call', id, prop, args: encode(callArgs) });
  Atomics.wait(flag, 0, 0);
  const reply = v8.deserialize(Buffer.from(bytes.subarray(0, Atomics.load(flag, 1))));
  if (reply.error !== undefined) throw new Error(reply.error);
  return decode(reply.value);
}

function proxy(handle) {
  const p = new Proxy(
    {},
    {
      get(_, prop) {
        if (typeof prop !== 'string') return undefined;
        if (prop in handle.data) return decode(handle.data[prop]);
        if (!handle.methods.includes(prop)) return undefined;
        return (...a) => call(handle.id, prop, a);
      },
    },
  );
  ids.set(p, handle.id);
  return p;
}

const globals = {};
for (const [key, handle] of Object.entries(services)) globals[key] = handle.__handle ? proxy(handle.__handle) : handle;
const RealDate = Date;
globals.Date = class ClockDate extends RealDate {
  constructor(...a) {
    if (a.length === 0) super(call(0, 'now', []));
    else super(...a);
  }
  static now() {
    return call(0, 'now', []);
  }
};
globals.console = console;
const app = gasLocal.require(dist, globals);
let result;
try {
  result = { value: app[name](...args) };
} catch (e) {
  result = { error: String(e?.message) };
}
parentPort.postMessage({ type: 'done', result: v8.serialize(result) });
