import { css } from 'lit';

export const facetGroupStyles = css`
  :host { display: block; }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { font-weight: 650; font-size: 0.9rem; padding: 0; margin-bottom: 0.35rem; }
  .filter { width: 100%; padding: 0.3rem 0.5rem; border: 1px solid #aab3c2; border-radius: 5px; margin-bottom: 0.35rem; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.05rem; }
  label { display: flex; align-items: baseline; gap: 0.45rem; font-size: 0.88rem; padding: 0.2rem 0.15rem; border-radius: 4px; cursor: pointer; }
  label:hover { background: #eef1f6; }
  input[type="checkbox"] { margin: 0; accent-color: var(--vk-red); flex: none; transform: translateY(1px); }
  .name { flex: 1; min-width: 0; overflow-wrap: anywhere; }
  .count { color: var(--vk-muted); font-size: 0.8rem; font-variant-numeric: tabular-nums; }
  .zero .name { color: #7a8395; }
  .more { border: 0; background: none; color: var(--vk-link); padding: 0.25rem 0.15rem; font-size: 0.85rem; text-decoration: underline; }
  .none { font-size: 0.85rem; color: var(--vk-muted); margin: 0.2rem 0; }
`;
