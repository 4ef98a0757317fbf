import { unitTabText as t } from './messages';
import type { Unit } from './settings';
import { formatStatus, type UnitStatus } from './status';
import type { Template } from './template';

/** Where things sit on a new unit tab (1-based). Reading never relies on them: headers are found by label. */
export const UNIT_TAB = { titleRow: 1, unitRow: 2, statusRow: 3, guideRow: 4, headerRow: 5, firstDataRow: 6 } as const;

/** The title block and header row of a unit's tab, as many columns wide as the template. */
export function unitTabHead(
  template: Template,
  unit: Unit,
  period: string,
  status: UnitStatus = { state: 'draft' },
): string[][] {
  const width = template.columns.length;
  const line = (text: string) => [text, ...Array<string>(width - 1).fill('')];
  return [
    line(template.title.toUpperCase()),
    line(t.unitLine(unit.name, period)),
    line(formatStatus(status)),
    line(t.guide),
    template.columns.map((c) => c.label),
  ];
}
