// packages/core/src/diagnostics.ts with every publication taken out, for diagnostics-off.mjs: the
// same functions, each doing only what a call needs without any channel. Type-only exports are
// left out; esbuild drops them from core's index anyway.
export function traceCall<T>(_api: string, _operation: string, _method: string, fn: () => Promise<T>): Promise<T> {
  return fn();
}
export function settleSent(): void {}
export function settleCreate(): void {}
export function traceAttempt<T>(
  _api: string,
  _operation: string,
  _attempt: number,
  _request: unknown,
  _paused: boolean,
  fn: (trace: undefined) => Promise<T>,
): Promise<T> {
  return fn(undefined);
}
export function withAddedHeaders<T>(init: T): T {
  return init;
}
export function publishValidation(): void {}
export function publishReconcile(): void {}
