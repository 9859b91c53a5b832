/**
 * Every event the components send up, with its detail: one map, so a sender and its listeners cannot
 * disagree on a name or a shape. Events bubble and cross shadow roots (`composed`).
 */
import type { MetadataCorrection } from './api.js';
import type { Suggestion } from './suggest.js';
import type { FilterKey, SearchState } from './url-state.js';

/** A filter chip to remove: one value of a filter, or the date range. */
export type ChipTarget = { key: FilterKey; value: string } | { key: 'dates' };

export interface VkEventMap {
  /** The search box was submitted. */
  'vk-search': { q: string };
  /** The user is typing: suggestions are wanted for this text. */
  'vk-query-input': { q: string };
  /** A suggestion was chosen. */
  'vk-suggestion': { suggestion: Suggestion };
  /** Arrow down past the search box / arrow up past the first hit (keyboard focus moves). */
  'vk-leave-bottom': Record<string, never>;
  'vk-leave-top': Record<string, never>;
  /** One facet value toggled on or off. */
  'vk-facet-toggle': { name: string; value: string };
  /** The date range of the facet panel. */
  'vk-date-range': { from: string | null; to: string | null };
  'vk-chip-remove': ChipTarget;
  'vk-clear-filters': Record<string, never>;
  /** A change of view state (sort, grouping, results/trend, trend options). */
  'vk-state-change': Partial<SearchState>;
  /** Retry after an error. */
  'vk-retry': Record<string, never>;
  /** An archivist's correction was saved and indexed. */
  'vk-metadata-saved': { docId: string; changes: MetadataCorrection };
}

export type VkEventName = keyof VkEventMap;
/** The event a listener of `name` receives. */
export type VkEvent<K extends VkEventName> = CustomEvent<VkEventMap[K]>;

/** Sends a typed event from a component. */
export function emit<K extends VkEventName>(from: EventTarget, name: K, detail: VkEventMap[K]): boolean {
  return from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
