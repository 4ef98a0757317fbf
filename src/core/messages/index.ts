/**
 * Every word a user reads, in Vietnamese, in this one folder: engine, command line, Apps Script menus and
 * emails, and the sidebar. Split by door so that each bundle carries only the strings it shows.
 */
export * from './atomic';
export * from './budget';
export * from './cells';
export * from './cli';
export * from './gas';
export * from './mau';
export * from './period';
export * from './print';
export * from './record';
export * from './reminders';
export * from './report';
export * from './settings';
export * from './sidebar';
export * from './xlsx';
