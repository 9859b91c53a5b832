import { css } from 'lit';

export const searchPageStyles = css`
  :host { display: block; }
  .box { margin-bottom: 1rem; }
  .layout { display: grid; grid-template-columns: 270px minmax(0, 1fr); gap: 1rem; align-items: start; }
  .layout.single { grid-template-columns: minmax(0, 1fr); }
  .results { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.8rem; min-width: 0; }
  .notice { background: #eef4fc; border: 1px solid #bcd0ea; border-radius: var(--vk-radius); padding: 0.6rem 0.9rem; font-size: 0.9rem; margin: 0; }
  .loading { opacity: 0.55; transition: opacity 0.15s; }
  @media (max-width: 860px) {
    .layout { grid-template-columns: minmax(0, 1fr); }
  }
`;
