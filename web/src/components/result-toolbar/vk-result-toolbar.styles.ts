import { css } from 'lit';

export const toolbarStyles = css`
  :host { display: block; }
  .bar { display: flex; flex-wrap: wrap; gap: 0.6rem 1rem; align-items: center; justify-content: space-between; }
  .summary { color: var(--vk-muted); font-size: 0.9rem; margin: 0; }
  .summary strong { color: var(--vk-ink); }
  .controls { display: flex; flex-wrap: wrap; gap: 0.5rem 0.8rem; align-items: center; }
  .tabs { display: inline-flex; border: 1px solid var(--vk-border); border-radius: 7px; overflow: hidden; background: #fff; }
  .tabs button { border: 0; border-radius: 0; padding: 0.35rem 0.75rem; }
  .tabs button + button { border-left: 1px solid var(--vk-border); }
  .tabs button[aria-pressed="true"], .tabs button[aria-selected="true"] { background: #233a5e; color: #fff; }
  label { font-size: 0.85rem; color: var(--vk-muted); display: inline-flex; gap: 0.35rem; align-items: center; }
  select { padding: 0.3rem 0.4rem; border: 1px solid #aab3c2; border-radius: 5px; background: #fff; color: var(--vk-ink); }
  .export { display: inline-flex; gap: 0.35rem; align-items: center; font-size: 0.85rem; color: var(--vk-muted); }
  .export a { font-size: 0.85rem; padding: 0.3rem 0.6rem; }
  .views { margin-bottom: 0.6rem; }
`;
