/**
 * How the always-on loader and the engine meet. The engine is a second script the background
 * injects into the same isolated world; it finds the loader's slot under a registered symbol (the
 * page's own scripts live in another world and never see it) and registers itself there.
 */
import type { EngineReason, Result } from '../shared/messages.ts';
import type { ReadabilityClass } from './readability-body.ts';

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

/** Where the separately injected Readability part leaves its class (see entrypoints/readability.ts). */
export const READABILITY_SLOT = Symbol.for('sourcelight.readability');

type ReadabilityHolder = typeof globalThis & { [READABILITY_SLOT]?: ReadabilityClass };

export const readReadability = (global: typeof globalThis): ReadabilityClass | undefined =>
  (global as ReadabilityHolder)[READABILITY_SLOT];

export function offerReadability(global: typeof globalThis, Readability: ReadabilityClass): void {
  (global as ReadabilityHolder)[READABILITY_SLOT] = Readability;
}
