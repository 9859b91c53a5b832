import { css } from 'lit';

export const directivePageStyles = css`
  :host { display: block; }
  .back { font-size: 0.9rem; }
  h1 { font-size: 1.35rem; margin: 0.5rem 0 0.8rem; }
  .acted-on { padding: 0.7rem 1rem; margin: 0 0 0.8rem; border-left: 4px solid var(--vk-red); font-weight: 600; }
  .about { padding: 1rem 1.1rem; margin-bottom: 1rem; }
  dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1rem; font-size: 0.92rem; }
  dt { color: var(--vk-muted); }
  dd { margin: 0; overflow-wrap: anywhere; }
  .archive { margin: 0.8rem 0 0; font-size: 0.92rem; }
  .links { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.8rem; }
  h2 { font-size: 1.1rem; margin: 1.2rem 0 0.5rem; }
  h3 { font-size: 1rem; margin: 1rem 0 0.45rem; color: var(--vk-red); }
  h3 .n { color: var(--vk-muted); font-weight: 400; font-size: 0.85rem; }
  ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.55rem; }
  li { padding: 0.7rem 0.9rem; }
  li .title { font-weight: 600; }
  li .meta { font-size: 0.84rem; color: var(--vk-muted); margin: 0.15rem 0 0.35rem; }
  li .meta .relation { font-weight: 600; }
  blockquote mark { white-space: nowrap; }
  blockquote { margin: 0; padding-left: 0.7rem; border-left: 3px solid #d8dde6; line-height: 1.55; overflow-wrap: anywhere; }
  .error { background: #fdecec; border: 1px solid #e3a4a4; border-radius: var(--vk-radius); padding: 1rem; }
  .unknown { color: #7a8395; font-style: italic; }
  @media (max-width: 480px) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.35rem; } h1 { font-size: 1.15rem; } }
`;
