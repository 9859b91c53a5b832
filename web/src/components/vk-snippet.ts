import { LitElement, css, html } from 'lit';
import { parseSnippet } from '../lib/snippet.js';

/** Renders an API snippet: text nodes and <mark> elements, never raw HTML. */
export class VkSnippet extends LitElement {
  static override properties = { snippet: { type: String } };
  declare snippet: string;

  static override styles = css`
    :host { display: block; line-height: 1.55; }
    mark { background: #ffe58a; color: inherit; padding: 0 1px; border-radius: 2px; }
  `;

  constructor() {
    super();
    this.snippet = '';
  }

  override render() {
    return html`${parseSnippet(this.snippet).map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text))}`;
  }
}
customElements.define('vk-snippet', VkSnippet);
