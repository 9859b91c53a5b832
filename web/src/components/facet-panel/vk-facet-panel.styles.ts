import { css } from 'lit';

export const facetPanelStyles = css`
  :host { display: block; }
  .toggle { display: none; width: 100%; justify-content: space-between; font-weight: 600; }
  .body { display: grid; gap: 1.1rem; padding: 0.9rem; }
  .dates { display: grid; gap: 0.4rem; }
  .dates legend { font-weight: 650; font-size: 0.9rem; padding: 0; margin-bottom: 0.35rem; }
  .dates fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
  .dates label { display: grid; gap: 0.15rem; font-size: 0.82rem; color: var(--vk-muted); }
  .dates input { padding: 0.25rem 0.4rem; border: 1px solid #aab3c2; border-radius: 5px; width: 100%; }
  .dates .row { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 0.4rem; }
  .dates button { justify-self: start; margin-top: 0.35rem; }
  @media (max-width: 860px) {
    .toggle { display: inline-flex; }
    .body { display: none; }
    :host([expanded]) .body { display: grid; }
  }
`;
