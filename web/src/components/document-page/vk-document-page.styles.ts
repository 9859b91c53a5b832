import { css } from 'lit';

export const documentPageStyles = css`
  :host { display: block; }
  .top { margin-bottom: 0.8rem; }
  .back { font-size: 0.9rem; }
  h1 { font-size: 1.3rem; line-height: 1.35; margin: 0.5rem 0 0.3rem; }
  .sub { color: var(--vk-muted); font-size: 0.9rem; margin: 0; }
  .subline { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: center; justify-content: space-between; }
  .plain { font-size: 0.88rem; color: var(--vk-muted); }
  .layout { display: grid; grid-template-columns: 300px minmax(0, 1fr); gap: 1rem; align-items: start; }
  aside { display: grid; gap: 0.8rem; position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem); overflow-y: auto; }
  article { padding: 0 1.2rem 1.2rem; min-width: 0; }
  .tools {
    position: sticky; top: 0; z-index: 5; background: var(--vk-surface); border-bottom: 1px solid var(--vk-border);
    display: flex; flex-wrap: wrap; gap: 0.5rem 0.8rem; align-items: center; justify-content: space-between; padding: 0.6rem 0; margin-bottom: 0.4rem;
  }
  .hitnav { display: flex; gap: 0.4rem; align-items: center; font-size: 0.88rem; }
  .hitnav .count { color: var(--vk-muted); min-width: 7.5rem; }
  .copied { font-size: 0.85rem; color: #215a2c; background: #e7f4ea; border-radius: 6px; padding: 0.45rem 0.7rem; margin: 0.5rem 0 0; overflow-wrap: anywhere; }
  .copied.fail { color: #6b3d00; background: #fff4df; }
  .state { padding: 1rem; }
  .error { background: #fdecec; border: 1px solid #e3a4a4; border-radius: var(--vk-radius); padding: 1rem; }
  @media (max-width: 860px) {
    .layout { grid-template-columns: minmax(0, 1fr); }
    aside { position: static; max-height: none; gap: 0.5rem; }
    article { padding: 0 0.8rem 1rem; }
    h1 { font-size: 1.12rem; }
  }
`;
