/**
 * The viewer's state
 * ==================
 *
 * One small store holds what the URL shares: the selection, the filters and
 * the camera. Panels read it and write to it; the app turns changes into
 * sigma refreshes and URL updates. Subscribers get the new and the previous
 * state, so they can skip work when their part did not change.
 */
import type { Filters, ViewState } from "./types.js";

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface ViewStore {
  get(): ViewState;
  set(patch: Partial<ViewState>): void;
  setFilters(patch: Partial<Filters>): void;
  subscribe(listener: Listener): () => void;
}

export function createViewStore(initial: ViewState): ViewStore {
  let state = initial;
  const listeners = new Set<Listener>();
  const set = (patch: Partial<ViewState>) => {
    const previous = state;
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener(state, previous);
  };
  return {
    get: () => state,
    set,
    setFilters: (patch) => set({ filters: { ...state.filters, ...patch } }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
