import type { KeyValueStorage } from '../../src/react/webStorage';

/** Options for {@link FakeStorage}: the ways a real storage misbehaves. */
export interface FakeStorageOptions {
  /** `getItem` throws, as `localStorage` does in some privacy modes. */
  throwOnGet?: boolean;
  /** `setItem` throws, as on a full quota or in Safari private mode. */
  throwOnSet?: boolean;
  /** `getItem` answers with a promise after this many ms, as an asynchronous host storage would. */
  delayMs?: number;
}

/** An in-memory storage that records every write and can be told to misbehave. */
export class FakeStorage implements KeyValueStorage {
  readonly values: Map<string, string>;
  readonly writes: Array<[key: string, value: string]> = [];
  reads = 0;

  constructor(
    initial: Record<string, string> = {},
    private readonly options: FakeStorageOptions = {},
  ) {
    this.values = new Map(Object.entries(initial));
  }

  getItem(key: string): string | null | Promise<string | null> {
    this.reads++;
    if (this.options.throwOnGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    const value = this.values.get(key) ?? null;
    const delay = this.options.delayMs;
    if (delay === undefined) return value;
    return new Promise((resolve) => setTimeout(() => resolve(this.values.get(key) ?? null), delay));
  }

  setItem(key: string, value: string): void {
    this.writes.push([key, value]);
    if (this.options.throwOnSet) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.values.set(key, value);
  }
}
