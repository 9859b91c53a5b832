import { css } from 'lit';

export const documentTextStyles = css`
  :host { display: block; }
  section { padding: 0.2rem 0; scroll-margin-top: 4.5rem; }
  section + section { margin-top: 0.6rem; }
  section.target { background: linear-gradient(90deg, #fff6d6, transparent 70%); border-radius: 6px; }
  .heading { font-weight: 700; margin: 0.6rem 0 0.3rem; line-height: 1.4; }
  .heading[aria-level="2"] { font-size: 1.05rem; }
  .heading[aria-level="3"], .heading[aria-level="4"] { font-size: 0.98rem; }
  .text { white-space: pre-line; line-height: 1.65; overflow-wrap: anywhere; margin: 0; }
  mark { scroll-margin: 6rem 0; }
  mark.active { background: var(--vk-mark-active); outline: 2px solid #b45f00; }
  a.cite { white-space: nowrap; font-weight: 600; text-decoration-thickness: 1px; text-underline-offset: 2px; }
  .relation {
    font-size: 0.72em; color: var(--vk-muted, #5b6470); border: 1px solid currentColor; border-radius: 0.6em;
    padding: 0 0.4em; margin-left: 0.3em; white-space: nowrap; vertical-align: 0.1em;
  }
`;
