import type { Template } from '../template';
import { households } from './households';
import { nominations } from './nominations';
import { periodicReport } from './periodic';
import { roads } from './roads';

/** Every template the product ships, in the order users see them. */
export const templates: readonly Template[] = [periodicReport, households, roads, nominations];

export function findTemplate(id: string): Template | undefined {
  return templates.find((t) => t.id === id);
}

export { households, nominations, periodicReport, roads };
