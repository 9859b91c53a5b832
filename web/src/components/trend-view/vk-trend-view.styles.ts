import { css } from 'lit';

export const trendViewStyles = css`
  :host { display: block; }
  .card { padding: 0.9rem 1rem; }
  h2 { font-size: 1.05rem; margin: 0 0 0.2rem; }
  .controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin: 0.6rem 0; }
  label { font-size: 0.85rem; color: var(--vk-muted); display: inline-flex; gap: 0.35rem; align-items: center; }
  select { padding: 0.3rem 0.4rem; border: 1px solid #aab3c2; border-radius: 5px; background: #fff; color: var(--vk-ink); }
  .note { font-size: 0.85rem; color: var(--vk-muted); margin: 0.2rem 0 0.6rem; }
  .chart { overflow-x: auto; min-height: 120px; }
  .chart svg { display: block; }
  .chart figure { margin: 0; }
  .chart a:focus-visible rect { stroke: var(--vk-focus); stroke-width: 3px; }
  .chart [aria-label="tip"] { display: none; }
  details { margin-top: 0.8rem; font-size: 0.85rem; }
  summary { cursor: pointer; color: var(--vk-link); }
  .table-wrap { overflow-x: auto; margin-top: 0.5rem; }
  table { border-collapse: collapse; font-size: 0.8rem; }
  th, td { border: 1px solid #e1e5ec; padding: 0.2rem 0.45rem; text-align: right; white-space: nowrap; }
  th[scope="row"] { text-align: left; }
  .empty { color: var(--vk-muted); }
`;
