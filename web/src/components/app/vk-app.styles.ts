import { css } from 'lit';

export const appStyles = css`
  :host { display: block; min-height: 100vh; }
  .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 0.5rem 0.8rem; z-index: 100; }
  .skip:focus { left: 0.5rem; top: 0.5rem; }
  header { background: var(--vk-red); color: #fff; }
  .bar { max-width: 1280px; margin: 0 auto; padding: 0.75rem 1rem; display: flex; align-items: baseline; gap: 0.8rem; flex-wrap: wrap; }
  header a { color: #fff; text-decoration: none; }
  header a:focus-visible { outline-color: #fff; }
  .brand { font-size: 1.15rem; font-weight: 700; letter-spacing: 0.01em; }
  .tagline { font-size: 0.85rem; opacity: 0.9; }
  main { max-width: 1280px; margin: 0 auto; padding: 1rem; }
  main:focus { outline: none; }
  footer { max-width: 1280px; margin: 0 auto; padding: 1rem; color: var(--vk-muted); font-size: 0.8rem; }
  .not-found { background: #fff; border: 1px solid var(--vk-border); border-radius: var(--vk-radius); padding: 1rem 1.2rem; }
  @media (max-width: 600px) { .tagline { display: none; } main { padding: 0.75rem; } }
`;
