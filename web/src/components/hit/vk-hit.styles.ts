import { css } from 'lit';

export const hitStyles = css`
  :host { display: block; }
  article { padding: 0.8rem 1rem; }
  h3 { margin: 0 0 0.3rem; font-size: 1.02rem; line-height: 1.35; }
  h3 a { text-decoration: none; }
  h3 a:hover { text-decoration: underline; }
  .meta { font-size: 0.85rem; color: var(--vk-muted); display: flex; flex-wrap: wrap; gap: 0.15rem 0.4rem; margin-bottom: 0.35rem; }
  .meta > * + *::before { content: "·"; margin-right: 0.4rem; color: #98a1b0; }
  .type { font-weight: 600; color: var(--vk-red); }
  .ocr { background: #fff6e0; border: 1px solid #e8d49a; border-radius: 4px; padding: 0 0.3rem; font-size: 0.8em; }
  .path { font-size: 0.86rem; color: #3a4252; margin-bottom: 0.3rem; overflow-wrap: anywhere; }
  .path .sep { color: #98a1b0; margin: 0 0.25rem; }
  .path .heading { font-weight: 600; }
  .directives { margin-top: 0.4rem; display: flex; flex-wrap: wrap; gap: 0.3rem; font-size: 0.8rem; }
  .directives a { background: var(--vk-chip); border-radius: 999px; padding: 0.1rem 0.55rem; text-decoration: none; }
  .directives a:hover { text-decoration: underline; }
  .best { font-size: 0.78rem; color: var(--vk-muted); text-transform: uppercase; letter-spacing: 0.03em; margin-bottom: 0.15rem; }
`;
