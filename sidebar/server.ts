/**
 * Typed calls to the server: the names and types come from src/gas/index.ts, the one module that lists
 * the public surface, so a renamed or changed server function breaks the build here.
 */
import type * as Server from '../src/gas/index';

type Api = typeof Server;
export type ApiName = Extract<keyof Api, `api${string}`>;
export type Result<K extends ApiName> = ReturnType<Api[K]>;
export type { BoardRow, EmailDto, IssueDto, SendDto, State, UnknownDto } from '../src/gas/api';

export function call<K extends ApiName>(name: K, ...args: Parameters<Api[K]>): Promise<Result<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as Result<K>))
      .withFailureHandler((e) => reject(e));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
