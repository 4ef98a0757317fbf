/** Workbooks saved by LibreOffice Calc (committed in test/fixtures, made by test/libreoffice): no soffice needed. */
import { join, resolve } from 'node:path';
import { checks } from '../libreoffice/checks';
import { tempDir } from './helpers';

const FIXTURES = resolve(__dirname, '../fixtures');

describe('a LibreOffice-saved workbook (committed fixture)', () => {
  const dir = tempDir();
  test.each(Object.keys(checks))('%s: validate and aggregate say what LibreOffice saved', async (name) => {
    await checks[name](join(FIXTURES, name), dir);
  });
});
