import { LitElement, css, html } from 'lit';
import { mergeAdjacentMarks, parseSnippet } from '../../lib/snippet.js';
import { sharedStyles } from '../../styles/shared.js';

/** Renders an API snippet: text nodes and <mark> elements, never raw HTML. */
export class VkSnippet extends LitElement {
  static override properties = { snippet: { type: String } };
  declare snippet: string;

  static override styles = [sharedStyles, css`
    :host { display: block; line-height: 1.55; overflow-wrap: anywhere; }
  `];

  constructor() {
    super();
    this.snippet = '';
  }

  override render() {
    return html`${mergeAdjacentMarks(parseSnippet(this.snippet)).map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text))}`;
  }
}
customElements.define('vk-snippet', VkSnippet);
