/**
 * The whole public surface of the Apps Script project: each export becomes one top-level function of
 * dist/Code.js (the build adds a stub per export), callable from menus, triggers and google.script.run.
 * Nothing else is reachable from outside.
 */
import { buildMenu } from './menu';

export { apiReportDocument, apiSummaryPdfUrl, menuPrintSummary, menuReport } from './print';

import { runDaily } from './reminders';
import { continueSetup } from './setup';

export {
  apiCheck,
  apiOpenUnit,
  apiPreviewReminders,
  apiRefreshAll,
  apiRemindUnit,
  apiReopen,
  apiSelectCell,
  apiSendReminders,
  apiSettleReminder,
  apiState,
  apiSubmit,
  apiSummarize,
} from './api';
export {
  menuCheck,
  menuDisableReminders,
  menuEnableReminders,
  menuNewPeriod,
  menuPreviewReminders,
  menuReopen,
  menuSendReminders,
  menuSetup,
  menuSubmit,
  menuSummarize,
  showSidebar,
} from './menu';

/** Simple trigger: only the menu (authMode may be NONE). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** The daily time-driven trigger's handler (admins only: see runDaily). */
export function remindersDaily(): void {
  runDaily();
}

/**
 * The one-off trigger a set-up that neared Apps Script's time limit schedules: finishes the remaining
 * units and deletes itself (admins only, as the trigger's owner: see continueSetup).
 */
export function setupContinue(): void {
  continueSetup();
}
