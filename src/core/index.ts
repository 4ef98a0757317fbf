export * from './aggregate';
export * from './board';
export * from './dates';
export * from './deadlines';
export * from './engine';
export * from './fold';
export * from './layout';
export * from './log';
export * from './mau';
export * from './parse';
export * from './periods';
export * from './presets';
export * from './provinces';
export * from './reminders';
export * from './report-text';
export * from './reshape';
export * from './settings';
export * from './status';
export * from './summary';
export * from './template';
export * from './templates';
export * from './text';
export * from './validate';

// Not `export * as`: that is ES2020 syntax, and esbuild's lowering of it for the es2019 target keeps the
// whole namespace, every door's strings, in dist/Code.js.
import * as messages from './messages';

export { messages };
