import { css } from 'lit';

export const searchBoxStyles = css`
  :host { display: block; position: relative; }
  form { display: flex; gap: 0.5rem; }
  .field { position: relative; flex: 1; min-width: 0; }
  input {
    width: 100%; font-size: 1.05rem; padding: 0.6rem 0.8rem; border: 1px solid #aab3c2; border-radius: 6px;
    background: #fff; color: var(--vk-ink);
  }
  button[type="submit"] { font-size: 1rem; padding: 0.6rem 1rem; }
  ul {
    position: absolute; z-index: 20; left: 0; right: 0; top: calc(100% + 4px); margin: 0; padding: 0.25rem 0;
    list-style: none; background: #fff; border: 1px solid var(--vk-border); border-radius: 6px;
    box-shadow: 0 8px 24px rgb(20 30 50 / 0.15); max-height: 22rem; overflow-y: auto;
  }
  li { padding: 0.45rem 0.8rem; cursor: pointer; display: flex; gap: 0.5rem; align-items: baseline; }
  li[aria-selected="true"], li:hover { background: #edf2fa; }
  li .text { flex: 1; min-width: 0; overflow-wrap: anywhere; }
  li .kind { font-size: 0.75rem; color: var(--vk-muted); white-space: nowrap; }
  li .count { font-size: 0.78rem; color: var(--vk-muted); }
  .hint { font-size: 0.78rem; color: var(--vk-muted); margin: 0.3rem 0 0; }
  kbd { font: inherit; border: 1px solid #c3cad6; border-bottom-width: 2px; border-radius: 4px; padding: 0 0.3rem; background: #fff; }
  @media (max-width: 600px) { .hint { display: none; } }
`;
