import { css } from 'lit';

/** Styles every component shares: focus ring, buttons, links, screen-reader-only text. */
export const sharedStyles = css`
  :host { box-sizing: border-box; }
  *, *::before, *::after { box-sizing: inherit; }
  a { color: var(--vk-link, #12417a); }
  a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--vk-focus, #1d5fb4); outline-offset: 2px; border-radius: 3px;
  }
  button, .button {
    font: inherit; font-size: 0.9rem; cursor: pointer; border-radius: 6px; padding: 0.4rem 0.75rem;
    border: 1px solid var(--vk-border, #d5dbe4); background: var(--vk-surface, #fff); color: var(--vk-ink, #1d2330);
    text-decoration: none; display: inline-flex; align-items: center; gap: 0.35rem; line-height: 1.3;
  }
  button:hover, .button:hover { border-color: #9aa6b8; }
  button.primary { background: var(--vk-red, #a61b1b); border-color: var(--vk-red, #a61b1b); color: #fff; }
  button.primary:hover { background: var(--vk-red-dark, #7f1212); }
  button[disabled] { opacity: 0.55; cursor: default; }
  select, input { font: inherit; font-size: 0.9rem; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  mark { background: var(--vk-mark, #ffe27a); color: inherit; padding: 0 1px; border-radius: 2px; }
`;

/** A white card with a border, for panels and hits. */
export const cardStyles = css`
  .card { background: var(--vk-surface, #fff); border: 1px solid var(--vk-border, #d5dbe4); border-radius: var(--vk-radius, 8px); }
`;

/**
 * Panels that fold away on phones: `.narrow-only` holds a toggle button, `.wide-only` the plain
 * heading; `.fold` is hidden at narrow widths unless the host has the `expanded` attribute.
 */
export const foldStyles = css`
  .narrow-only { display: none; }
  .fold-toggle { width: 100%; justify-content: space-between; font-weight: 650; border: 0; padding: 0; background: none; font-size: 0.95rem; }
  @media (max-width: 860px) {
    .narrow-only { display: block; }
    .wide-only { display: none; }
    .fold { display: none; }
    :host([expanded]) .fold { display: block; margin-top: 0.5rem; }
  }
`;
