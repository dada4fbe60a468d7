/**
 * How the always-on loader and the engine meet. The engine is a second script the background
 * injects into the same isolated world; it finds the loader's slot under a registered symbol (the
 * page's own scripts live in another world and never see it) and registers itself there.
 */
import type { EngineReason, Result } from '../../contract/messages.ts';
import type { MountCardOptions, MountedCard } from '../card/card-api.ts';
import type { ReadabilityClass } from '../body/readability-body.ts';

export const ENGINE_SLOT = Symbol.for('sourcelight.engine-slot');

export type { EngineReason };

export interface Engine {
  /** Answers a ContentProtocol message (already shape-checked by the loader). */
  handle(message: unknown): Promise<Result<unknown>>;
  /** The address changed without a page load (pushState, back and forward). */
  locationChanged(): void;
}

export interface EngineSlot {
  reason: EngineReason;
  /** Aborted when this extension goes away (reload, update, uninstall). */
  signal: AbortSignal;
  register(engine: Engine): void;
}

type SlotHolder = typeof globalThis & { [ENGINE_SLOT]?: EngineSlot };

export const readEngineSlot = (global: typeof globalThis): EngineSlot | undefined => (global as SlotHolder)[ENGINE_SLOT];

export function openEngineSlot(global: typeof globalThis, slot: EngineSlot): void {
  (global as SlotHolder)[ENGINE_SLOT] = slot;
}

/**
 * Where the engine's separately injected parts leave what they offer: Readability's class, the
 * card's mount function. Each is injected only when a page needs it (see entrypoints/).
 */
export const PARTS_SLOT = Symbol.for('sourcelight.engine-parts');

export interface EngineParts {
  readability?: ReadabilityClass;
  card?: (options: MountCardOptions) => MountedCard;
}

type PartsHolder = typeof globalThis & { [PARTS_SLOT]?: EngineParts };

export function readPart<K extends keyof EngineParts>(global: typeof globalThis, part: K): EngineParts[K] {
  return (global as PartsHolder)[PARTS_SLOT]?.[part];
}

export function offerPart<K extends keyof EngineParts>(
  global: typeof globalThis,
  part: K,
  value: NonNullable<EngineParts[K]>,
): void {
  const holder = global as PartsHolder;
  holder[PARTS_SLOT] ??= {};
  holder[PARTS_SLOT][part] = value;
}
